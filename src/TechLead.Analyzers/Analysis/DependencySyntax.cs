using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TechLead.Analyzers.Reporting;
using TechLead.Analyzers.Symbols;

namespace TechLead.Analyzers.Analysis;

/// <summary>
/// Judges written type references (every type-name syntax) and <c>using</c> directives, each attributed to the
/// innermost enclosing type declaration; <see cref="DependencyWalk"/> finds them. See docs/dependency-forms.md.
/// </summary>
internal sealed class DependencySyntax(ReferenceChecker checker)
{
    /// <summary>A written type name: the kinds <see cref="DependencyWalk"/> hands to <see cref="AnalyzeTypeName"/>.</summary>
    public static bool IsTypeNameKind(SyntaxKind kind) => kind is SyntaxKind.IdentifierName or SyntaxKind.GenericName or SyntaxKind.PredefinedType;

    /// <summary>A type-name node written in <paramref name="source"/>'s declarations (source: the innermost type around it).</summary>
    public void AnalyzeTypeName<TSink>(SyntaxNode node, INamedTypeSymbol source, SemanticModel model, TSink sink, CancellationToken cancellationToken)
        where TSink : struct, IDiagnosticSink
    {
        // Cheapest exits first, all syntactic: a called name is a method, never a type, and asking the semantic model
        // about it resolves the whole method group (every extension method in scope): the analyzer's costliest call.
        if (IsInvokedName(node) || IsValueOnly(node) || IsInsideUsingDirective(node))
        {
            return;
        }

        // Most types are selected by no rule, and most names can name no type a rule flags: neither needs binding.
        if (!checker.MayMatter(source, node))
        {
            return;
        }

        var symbol = model.GetSymbolInfo(node, cancellationToken).Symbol;
        var target = symbol switch
        {
            ITypeSymbol type => type,
            IMethodSymbol { MethodKind: MethodKind.Constructor } constructor when IsAttributeName(node) => constructor.ContainingType,
            _ => null,
        };
        if (target is null || target.TypeKind == TypeKind.TypeParameter
            || IsQualifierOfLongerTypeName(node, target, model) || IsInsideNameOf(node, model))
        {
            return;
        }

        if (node is IdentifierNameSyntax { IsVar: true })
        {
            checker.CheckTypeDeep(source, target, node.GetLocation(), sink);
        }
        else
        {
            checker.CheckType(source, target, node.GetLocation(), sink);
        }
    }

    /// <summary><c>using static T</c> is a dependency of the types in its scope; any using of a banned namespace is flagged.</summary>
    public void AnalyzeUsing<TSink>(UsingDirectiveSyntax directive, SemanticModel model, TSink sink, CancellationToken cancellationToken)
        where TSink : struct, IDiagnosticSink
    {
        var name = directive.NamespaceOrType;
        var symbol = model.GetSymbolInfo(name, cancellationToken).Symbol;
        var typesInScope = TypesInScope(directive, model, cancellationToken);
        var location = name.GetLocation();
        if (symbol is INamespaceSymbol ns && checker.Banned.HasNamespaceBans)
        {
            checker.CheckNamespaceUsing(ns, typesInScope, location, sink);
        }

        if (directive.StaticKeyword.IsKind(SyntaxKind.StaticKeyword) && symbol is ITypeSymbol type)
        {
            foreach (var source in typesInScope)
            {
                checker.CheckType(source, type, location, sink);
            }
        }
    }

    /// <summary>The name a call is made through (<c>Run</c> in <c>Run()</c>, <c>x.Run()</c>, <c>x?.Run()</c>): a method or a delegate, not a type.</summary>
    private static bool IsInvokedName(SyntaxNode node)
    {
        var called = node.Parent switch
        {
            MemberAccessExpressionSyntax access when access.Name == node => access,
            MemberBindingExpressionSyntax binding when binding.Name == node => binding,
            _ => node,
        };
        return called.Parent is InvocationExpressionSyntax invocation && invocation.Expression == called;
    }

    /// <summary>
    /// A position the grammar gives only to values (an argument, an operand, an assigned or returned value, a member of
    /// something that is not a name): a type there is a compile error and binds to no symbol, so it needs no binding.
    /// </summary>
    private static bool IsValueOnly(SyntaxNode node) => node.Parent switch
    {
        ArgumentSyntax or EqualsValueClauseSyntax or AssignmentExpressionSyntax or ReturnStatementSyntax
            or ExpressionStatementSyntax or ArrowExpressionClauseSyntax or PrefixUnaryExpressionSyntax
            or PostfixUnaryExpressionSyntax or ConditionalExpressionSyntax or InterpolationSyntax
            or InitializerExpressionSyntax or ParenthesizedExpressionSyntax or AwaitExpressionSyntax
            or ThrowExpressionSyntax or ThrowStatementSyntax or IfStatementSyntax or WhileStatementSyntax
            or YieldStatementSyntax or ConditionalAccessExpressionSyntax => true,
        BinaryExpressionSyntax binary => binary.Left == node || !binary.IsKind(SyntaxKind.IsExpression) && !binary.IsKind(SyntaxKind.AsExpression),
        ElementAccessExpressionSyntax access => access.Expression == node,
        MemberAccessExpressionSyntax access => access.Name == node && !CanNameNamespaceOrType(access.Expression),
        _ => false,
    };

    /// <summary>Only a name can be a namespace or a type: <c>x.Y</c> after <c>this</c>, a call or an index is a member.</summary>
    private static bool CanNameNamespaceOrType(ExpressionSyntax expression) => expression switch
    {
        NameSyntax or PredefinedTypeSyntax => true,
        MemberAccessExpressionSyntax access => CanNameNamespaceOrType(access.Expression),
        _ => false,
    };

    /// <summary>In <c>Outer.Inner</c> only the rightmost type is the reference; <c>Outer</c> is how it is spelled.</summary>
    private static bool IsQualifierOfLongerTypeName(SyntaxNode node, ITypeSymbol type, SemanticModel model)
    {
        // The node may itself be the right part of a qualified name: `Shop.Outer` in `Shop.Outer.Inner`.
        var spelled = node.Parent switch
        {
            QualifiedNameSyntax qualified when qualified.Right == node => qualified,
            MemberAccessExpressionSyntax access when access.Name == node => access,
            _ => node,
        };
        SimpleNameSyntax? next = spelled.Parent switch
        {
            QualifiedNameSyntax qualified when qualified.Left == spelled => qualified.Right,
            MemberAccessExpressionSyntax access when access.Expression == spelled => access.Name,
            _ => null,
        };

        // Only a nested type of the same name can make `Outer.Next` a type: without one it is a member (`Console.Out`),
        // and binding it would resolve a method group for nothing. With one, a member may still win (`Color.Color`).
        return next is not null
            && type is INamedTypeSymbol named
            && !named.GetTypeMembers(next.Identifier.ValueText).IsEmpty
            && model.GetSymbolInfo(next.Parent!).Symbol is ITypeSymbol;
    }

    private static bool IsInsideUsingDirective(SyntaxNode node)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            if (current is UsingDirectiveSyntax)
            {
                return true;
            }

            if (current is MemberDeclarationSyntax or StatementSyntax)
            {
                return false;
            }
        }

        return false;
    }

    public static bool IsAttributeName(SyntaxNode node) =>
        node.Parent is AttributeSyntax || (node.Parent is QualifiedNameSyntax or AliasQualifiedNameSyntax && node.Parent.Parent is AttributeSyntax);

    /// <summary><c>nameof(Db)</c> names a symbol without using it.</summary>
    public static bool IsInsideNameOf(SyntaxNode node, SemanticModel model)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            if (current is InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } } invocation
                && model.GetSymbolInfo(invocation).Symbol is null)
            {
                return true;
            }

            if (current is StatementSyntax or MemberDeclarationSyntax)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The types declared in the scope a using directive applies to (its compilation unit or namespace), nested ones excluded.</summary>
    private static List<INamedTypeSymbol> TypesInScope(UsingDirectiveSyntax directive, SemanticModel model, CancellationToken cancellationToken)
    {
        var types = new List<INamedTypeSymbol>();
        var members = directive.Parent switch
        {
            CompilationUnitSyntax unit => unit.Members,
            BaseNamespaceDeclarationSyntax ns => ns.Members,
            _ => default,
        };
        Collect(members);
        return types;

        void Collect(SyntaxList<MemberDeclarationSyntax> list)
        {
            foreach (var member in list)
            {
                switch (member)
                {
                    case BaseNamespaceDeclarationSyntax inner:
                        Collect(inner.Members);
                        break;
                    case BaseTypeDeclarationSyntax or DelegateDeclarationSyntax:
                        if (model.GetDeclaredSymbol(member, cancellationToken) is INamedTypeSymbol type)
                        {
                            types.Add(type);
                        }

                        break;
                    case GlobalStatementSyntax statement when types.Count == 0:
                        if (model.GetEnclosingSymbol(statement.SpanStart, cancellationToken)?.ContainingType is { } program)
                        {
                            types.Add(program);
                        }

                        break;
                }
            }
        }
    }
}
