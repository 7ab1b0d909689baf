using System.Collections.Generic;
using System.IO;
using System.Linq;
using TechLead.Cli.Infrastructure;

namespace TechLead.Cli.Importing;

/// <summary>
/// What <c>techlead import</c> prints: one line per source (what happened to its ADR, how many entries were
/// translated and how many not), the ADR texts under --dry-run, and a total.
/// </summary>
internal static class ImportReport
{
    public static void Write(TextWriter output, IReadOnlyList<ImportOutcome> outcomes, ImportScope scope, bool dryRun)
    {
        if (outcomes.Count == 0)
        {
            output.WriteLine($"nothing to import under {PathDisplay.Relative(scope.Root)}: no BannedSymbols.txt, config.nsdepcop or architecture tests found");
            return;
        }

        foreach (var outcome in outcomes)
        {
            var action = outcome.Action switch
            {
                ImportAction.Created => "created",
                ImportAction.WouldCreate => "would create",
                _ => "exists",
            };
            output.WriteLine(
                $"{action} {outcome.AdrId} {PathDisplay.Relative(outcome.AdrPath)} <- {outcome.Importer} {outcome.Decision.SourcePath}: " +
                $"{ImportedAdrComposer.ImportedCount(outcome.Decision)} imported, {outcome.Decision.NotImported.Count} not imported");
            if (dryRun && outcome.Text is not null)
            {
                output.WriteLine();
                output.Write(outcome.Text);
                output.WriteLine();
            }
        }

        var tests = outcomes.SelectMany(o => o.Decision.Tests).ToList();
        if (tests.Count > 0)
        {
            // How many test methods became rules entirely: the number a lead compares with the suite they know.
            var full = tests.Count(t => t.FullyImported);
            var partly = tests.Count(t => !t.FullyImported && t.Rules > 0);
            output.WriteLine($"{tests.Count} test method(s): {full} fully imported (every assertion became a rule), {partly} partly, {tests.Count - full - partly} not imported");
        }

        var created = outcomes.Count(o => o.Action != ImportAction.Exists);
        var verb = dryRun ? "would be created" : "created";
        output.WriteLine(
            $"{outcomes.Count} source(s): {created} ADR(s) {verb}, {outcomes.Count - created} already imported; " +
            $"{outcomes.Sum(o => ImportedCount(o))} imported, {outcomes.Sum(o => o.Decision.NotImported.Count)} not imported");
    }

    private static int ImportedCount(ImportOutcome outcome) => ImportedAdrComposer.ImportedCount(outcome.Decision);
}
