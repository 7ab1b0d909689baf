using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using TechLead.Rules.Model;

namespace TechLead.Analyzers.CodeFixes;

/// <summary>
/// Any rule violation (TL0001–TL0207): "Add to baseline" records it in <c>techlead.baseline.json</c> (creating the
/// file in the project when there is none), which hides it from then on. Not offered when the baseline cannot be read
/// completely or when the violation's entry has expired. Fix All adds a whole document, project or solution in one edit.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddToBaselineFixer))]
[Shared]
public sealed class AddToBaselineFixer : CodeFixProvider
{
    internal const string EquivalenceKey = "TechLead.AddToBaseline";

    /// <summary>The IDs of the kinds whose violations can be baselined (<see cref="RuleKindInfo.Baselinable"/>).</summary>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        [.. RuleKinds.All.Where(kind => kind.Baselinable).Select(kind => kind.Diagnostic.Id).Distinct()];

    public override FixAllProvider GetFixAllProvider() => AddToBaselineFixAllProvider.Instance;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var baseline = BaselineDocument.Find(context.Document.Project);
        if (await baseline.ReadAsync(context.CancellationToken).ConfigureAwait(false) is not { } content)
        {
            return;
        }

        var today = BaselineEdit.Today();
        foreach (var diagnostic in context.Diagnostics)
        {
            if (BaselineViolation.KeyOf(diagnostic) is not { } key || BaselineEdit.IsExpired(content, key, today))
            {
                continue;
            }

            var project = context.Document.Project;
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Add to baseline ({key.Adr}/{key.Rule})",
                    ct => BaselineEdit.AddAsync(project.Solution, [(project.Id, key)], today, ct),
                    EquivalenceKey),
                diagnostic);
        }
    }
}
