using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using TechLead.Rules.Baselines;

namespace TechLead.Analyzers.CodeFixes;

/// <summary>
/// Fix All for "Add to baseline". The batch fixer merges per-diagnostic text edits, which would collide in the one
/// baseline file; this collects every violation in scope first and writes the baseline once. Diagnostics of a document
/// that changed since they were computed are stale and left out.
/// </summary>
internal sealed class AddToBaselineFixAllProvider : FixAllProvider
{
    public static readonly AddToBaselineFixAllProvider Instance = new();

    private AddToBaselineFixAllProvider()
    {
    }

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => FixAllDocuments.Scopes;

    public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
    {
        var violations = new List<(ProjectId Project, BaselineKey Key)>();
        foreach (var (document, diagnostics) in await FixAllDocuments.WithDiagnosticsAsync(fixAllContext).ConfigureAwait(false))
        {
            if (!diagnostics.IsEmpty && await ChangedSinceAnalysisAsync(document, diagnostics[0], fixAllContext.CancellationToken).ConfigureAwait(false))
            {
                continue;
            }

            violations.AddRange(Keys(document.Project.Id, diagnostics));
        }

        if (violations.Count == 0)
        {
            return null;
        }

        var solution = fixAllContext.Solution;
        var today = BaselineEdit.Today();
        return CodeAction.Create(
            $"Add {violations.Count} violation(s) to the baseline",
            ct => BaselineEdit.AddAsync(solution, violations, today, ct),
            AddToBaselineFixer.EquivalenceKey);
    }

    /// <summary>
    /// True when the document is no longer the text the diagnostics were computed on. dotnet format runs every fixer
    /// of an ID on one analysis: after "Use the replacement API" fixed a TL0101, its diagnostic must not be baselined.
    /// </summary>
    private static async Task<bool> ChangedSinceAnalysisAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (diagnostic.Location.SourceTree is not { } analyzed)
        {
            return false;
        }

        var current = await document.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false);
        if (ReferenceEquals(current, analyzed))
        {
            return false;
        }

        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var analyzedText = await analyzed.GetTextAsync(cancellationToken).ConfigureAwait(false);
        return !text.ContentEquals(analyzedText);
    }

    private static IEnumerable<(ProjectId, BaselineKey)> Keys(ProjectId project, ImmutableArray<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (BaselineViolation.KeyOf(diagnostic) is { } key)
            {
                yield return (project, key);
            }
        }
    }
}
