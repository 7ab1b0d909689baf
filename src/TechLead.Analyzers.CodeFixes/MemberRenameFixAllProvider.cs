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
/// Fix All for "Rename the member to match the pattern": plans every rename on the solution as it was, then renames one
/// member after another, finding each again by its doc-comment ID (as <see cref="NamingFixAllProvider"/> does for types).
/// A rename whose new name is already a member of the type is skipped (the diagnostic stays).
/// </summary>
internal sealed class MemberRenameFixAllProvider : FixAllProvider
{
    public static readonly MemberRenameFixAllProvider Instance = new();

    private MemberRenameFixAllProvider()
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
                if (MemberRenameFixer.Plan(root, model, diagnostic, fixAllContext.CancellationToken) is { } plan
                    && DocumentationCommentId.CreateDeclarationId(plan.Member) is { } memberId
                    && !renames.ContainsKey(memberId))
                {
                    renames.Add(memberId, (document.Project.Id, plan.NewName));
                }
            }
        }

        if (renames.Count == 0)
        {
            return null;
        }

        var solution = fixAllContext.Solution;
        var ordered = renames.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => (r.Key, r.Value.Project, r.Value.NewName)).ToList();
        return CodeAction.Create($"Rename {ordered.Count} member(s) to match their patterns", ct => RenameAllAsync(solution, ordered, ct), MemberRenameFixer.EquivalenceKey);
    }

    private static async Task<Solution> RenameAllAsync(Solution solution, List<(string MemberId, ProjectId Project, string NewName)> renames, CancellationToken cancellationToken)
    {
        foreach (var (memberId, projectId, newName) in renames)
        {
            if (solution.GetProject(projectId) is not { } project
                || await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false) is not { } compilation
                || DocumentationCommentId.GetFirstSymbolForDeclarationId(memberId, compilation) is not { } member
                || !member.ContainingType.GetMembers(newName).IsEmpty)
            {
                continue;
            }

            solution = await NamingFixer.RenameAsync(solution, member, newName, cancellationToken).ConfigureAwait(false);
        }

        return solution;
    }
}
