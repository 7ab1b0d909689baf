using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using TechLead.Analyzers.Reporting;
using TechLead.Analyzers.Symbols;

namespace TechLead.Analyzers.Analysis;

/// <summary>
/// Finds written type references (every type-name syntax) and <c>using</c> directives, and
/// attributes each to the innermost enclosing type declaration. See docs/dependency-forms.md.
/// </summary>
internal sealed class DependencySyntax(ReferenceChecker checker)
{
    public static readonly SyntaxKind[] TypeNameKinds = [SyntaxKind.IdentifierName, SyntaxKind.GenericName, SyntaxKind.PredefinedType];

    public void AnalyzeTypeName(SyntaxNodeAnalysisContext context)
    {
        var node = context.Node;
        // Cheapest exits first, all syntactic: a called name is a method, never a type, and asking the semantic model
        // about it resolves the whole method group (every extension method in scope): the analyzer's costliest call.
        if (IsInvokedName(node) || IsValueOnly(node) || node.IsPartOfStructuredTrivia() || IsInsideUsingDirective(node))
        {
            return;
        }

        // Most types are selected by no rule, and most names can name no type a rule flags: neither needs binding.
        // The containing symbol is the declaration the driver analyzes the node in.
        var source = SourceTypes.Of(context.ContainingSymbol);
        if (source is null || !checker.MayMatter(source, node))
        {
            return;
        }

        var symbol = context.SemanticModel.GetSymbolInfo(node, context.CancellationToken).Symbol;
        var target = symbol switch
        {
            ITypeSymbol type => type,
            IMethodSymbol { MethodKind: MethodKind.Constructor } constructor when IsAttributeName(node) => constructor.ContainingType,
            _ => null,
        };
        if (target is null || target.TypeKind == TypeKind.TypeParameter
            || IsQualifierOfLongerTypeName(node, target, context.SemanticModel) || IsInsideNameOf(node, context.SemanticModel))
        {
            return;
        }

        if (node is IdentifierNameSyntax { IsVar: true })
        {
            checker.CheckTypeDeep(source, target, node.GetLocation(), new SyntaxNodeSink(context));
        }
        else
        {
            checker.CheckType(source, target, node.GetLocation(), new SyntaxNodeSink(context));
        }
    }

    /// <summary><c>using static T</c> is a dependency of the types in its scope; any using of a banned namespace is flagged.</summary>
    public void AnalyzeUsing(SyntaxNodeAnalysisContext context)
    {
        var directive = (UsingDirectiveSyntax)context.Node;
        var name = directive.NamespaceOrType;
        var symbol = context.SemanticModel.GetSymbolInfo(name, context.CancellationToken).Symbol;
        var typesInScope = TypesInScope(directive, context.SemanticModel, context.CancellationToken);
        var location = name.GetLocation();
        if (symbol is INamespaceSymbol ns && checker.Banned.HasNamespaceBans)
        {
            checker.CheckNamespaceUsing(ns, typesInScope, location, new SyntaxNodeSink(context));
        }

        if (directive.StaticKeyword.IsKind(SyntaxKind.StaticKeyword) && symbol is ITypeSymbol type)
        {
            foreach (var source in typesInScope)
            {
                checker.CheckType(source, type, location, new SyntaxNodeSink(context));
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
    private static List<INamedTypeSymbol> TypesInScope(UsingDirectiveSyntax directive, SemanticModel model, System.Threading.CancellationToken cancellationToken)
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
