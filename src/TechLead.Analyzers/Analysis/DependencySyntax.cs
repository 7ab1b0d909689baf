using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

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
        if (node.IsPartOfStructuredTrivia() || IsInsideUsingDirective(node))
        {
            return;
        }

        // Cheapest exit first: most types are selected by no rule.
        var source = EnclosingType(node, context.SemanticModel, context.CancellationToken);
        if (source is null || checker.PlanFor(source).IsEmpty || IsQualifierOfLongerTypeName(node, context.SemanticModel))
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
        if (target is null || target.TypeKind == TypeKind.TypeParameter || IsInsideNameOf(node, context.SemanticModel))
        {
            return;
        }

        if (node is IdentifierNameSyntax { IsVar: true })
        {
            checker.CheckTypeDeep(source, target, node.GetLocation(), context.ReportDiagnostic);
        }
        else
        {
            checker.CheckType(source, target, node.GetLocation(), context.ReportDiagnostic);
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
            checker.CheckNamespaceUsing(ns, typesInScope, location, context.ReportDiagnostic);
        }

        if (directive.StaticKeyword.IsKind(SyntaxKind.StaticKeyword) && symbol is ITypeSymbol type)
        {
            foreach (var source in typesInScope)
            {
                checker.CheckType(source, type, location, context.ReportDiagnostic);
            }
        }
    }

    /// <summary>The innermost type declaration around the node (top-level statements: the generated Program).</summary>
    public static INamedTypeSymbol? EnclosingType(SyntaxNode node, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case BaseTypeDeclarationSyntax or DelegateDeclarationSyntax:
                    return model.GetDeclaredSymbol(current, cancellationToken) as INamedTypeSymbol;
                case GlobalStatementSyntax:
                    return model.GetEnclosingSymbol(node.SpanStart, cancellationToken)?.ContainingType;
            }
        }

        return null;
    }

    /// <summary>In <c>Outer.Inner</c> only the rightmost type is the reference; <c>Outer</c> is how it is spelled.</summary>
    private static bool IsQualifierOfLongerTypeName(SyntaxNode node, SemanticModel model)
    {
        // The node may itself be the right part of a qualified name: `Shop.Outer` in `Shop.Outer.Inner`.
        var spelled = node.Parent switch
        {
            QualifiedNameSyntax qualified when qualified.Right == node => qualified,
            MemberAccessExpressionSyntax access when access.Name == node => access,
            _ => node,
        };
        SyntaxNode? whole = spelled.Parent switch
        {
            QualifiedNameSyntax qualified when qualified.Left == spelled => qualified,
            MemberAccessExpressionSyntax access when access.Expression == spelled => access,
            _ => null,
        };
        return whole is not null && model.GetSymbolInfo(whole).Symbol is ITypeSymbol;
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

    private static bool IsAttributeName(SyntaxNode node) =>
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
