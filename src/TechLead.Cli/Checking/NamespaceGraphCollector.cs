using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TechLead.Analyzers.Symbols;

namespace TechLead.Cli.Checking;

/// <summary>
/// The actual namespace dependency graph for the report: every name in a type's source that binds to
/// a type (or a member of one) declared in source, counted between the two types' namespaces.
/// Coarser than the analyzer's definition of "depends on" on purpose: it draws a picture, it does not judge.
/// Top-level statements count in <c>programNamespace</c>, the project's root namespace, as everywhere else.
/// </summary>
internal static class NamespaceGraphCollector
{
    public static void Collect(Compilation compilation, NamespaceGraph graph, string programNamespace, CancellationToken cancellationToken)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            var root = tree.GetRoot(cancellationToken);
            foreach (var declaration in root.DescendantNodes().OfType<BaseTypeDeclarationSyntax>())
            {
                if (model.GetDeclaredSymbol(declaration, cancellationToken) is { } declared && NameOf(declared.ContainingNamespace) is { } ns)
                {
                    graph.AddNamespace(ns);
                }
            }

            foreach (var name in root.DescendantNodes().OfType<SimpleNameSyntax>())
            {
                if (name.Ancestors().Any(a => a is UsingDirectiveSyntax || (a is BaseNamespaceDeclarationSyntax ns && ns.Name.Span.Contains(name.Span))))
                {
                    continue;
                }

                var owner = name.Ancestors().OfType<BaseTypeDeclarationSyntax>().FirstOrDefault();
                var from = owner is null
                    ? name.Ancestors().OfType<GlobalStatementSyntax>().Any() ? programNamespace : null
                    : model.GetDeclaredSymbol(owner, cancellationToken) is INamedTypeSymbol source ? NamespaceOf(source, programNamespace) : null;
                if (from is null)
                {
                    continue;
                }

                var symbol = model.GetSymbolInfo(name, cancellationToken).Symbol;
                var target = symbol as INamedTypeSymbol ?? symbol?.ContainingType;
                if (target is null || !target.Locations.Any(l => l.IsInSource))
                {
                    continue;
                }

                if (NamespaceOf(target, programNamespace) is { } to)
                {
                    graph.AddReference(from, to);
                }
            }
        }
    }

    private static string? NamespaceOf(INamedTypeSymbol type, string programNamespace) =>
        RoslynTypeModel.IsInTopLevelProgram(type) ? programNamespace : NameOf(type.ContainingNamespace);

    private static string? NameOf(INamespaceSymbol? ns) => ns is null || ns.IsGlobalNamespace ? null : ns.ToDisplayString();
}
