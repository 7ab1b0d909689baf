using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace TechLead.Analyzers.CodeFixes;

/// <summary>
/// Fix All for "Rename to match the pattern" (and so what <c>dotnet format analyzers</c> applies): plans every rename
/// on the solution as it was, then renames one type after another, finding each again by its doc-comment ID. A rename
/// whose new name is already taken next to the type is skipped (the diagnostic stays), never merged into a clash.
/// </summary>
internal sealed class NamingFixAllProvider : FixAllProvider
{
    public static readonly NamingFixAllProvider Instance = new();

    private NamingFixAllProvider()
    {
    }

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => FixAllDocuments.Scopes;

    public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
    {
        var renames = new Dictionary<string, (ProjectId Project, string NewName)>(StringComparer.Ordinal);
        foreach (var (document, diagnostics) in await FixAllDocuments.WithDiagnosticsAsync(fixAllContext).ConfigureAwait(false))
        {
            if (diagnostics.IsEmpty
                || await document.GetSyntaxRootAsync(fixAllContext.CancellationToken).ConfigureAwait(false) is not { } root
                || await document.GetSemanticModelAsync(fixAllContext.CancellationToken).ConfigureAwait(false) is not { } model)
            {
                continue;
            }

            foreach (var diagnostic in diagnostics)
            {
                if (NamingFixer.Plan(root, model, diagnostic, fixAllContext.CancellationToken) is { } plan
                    && DocumentationCommentId.CreateDeclarationId(plan.Type) is { } typeId
                    && !renames.ContainsKey(typeId))
                {
                    renames.Add(typeId, (document.Project.Id, plan.NewName));
                }
            }
        }

        if (renames.Count == 0)
        {
            return null;
        }

        var solution = fixAllContext.Solution;
        // Nested types first: renaming an outer type first would change the IDs of the types inside it.
        var ordered = renames.OrderByDescending(r => r.Key.Length).ThenBy(r => r.Key, StringComparer.Ordinal).Select(r => (r.Key, r.Value.Project, r.Value.NewName)).ToList();
        return CodeAction.Create(
            $"Rename {ordered.Count} type(s) to match their naming patterns",
            ct => RenameAllAsync(solution, ordered, ct),
            NamingFixer.EquivalenceKey);
    }

    private static async Task<Solution> RenameAllAsync(Solution solution, List<(string TypeId, ProjectId Project, string NewName)> renames, CancellationToken cancellationToken)
    {
        foreach (var (typeId, projectId, newName) in renames)
        {
            if (solution.GetProject(projectId) is not { } project
                || await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false) is not { } compilation
                || DocumentationCommentId.GetFirstSymbolForDeclarationId(typeId, compilation) is not INamedTypeSymbol type
                || IsTaken(type, newName))
            {
                continue;
            }

            solution = await NamingFixer.RenameAsync(solution, type, newName, cancellationToken).ConfigureAwait(false);
        }

        return solution;
    }

    private static bool IsTaken(INamedTypeSymbol type, string newName) =>
        type.ContainingType is { } outer ? !outer.GetMembers(newName).IsEmpty : type.ContainingNamespace.GetMembers(newName).Any();
}
