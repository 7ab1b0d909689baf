using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace TechLead.Cli.Tests.Importing.RoundTrip;

/// <summary>
/// The CleanShop fixture (Domain and Application read src/BannedSymbols.txt, Infrastructure does not) built with
/// BannedApiAnalyzers 5.6.0 on the original list and TechLead on the imported ADR: the same lines, each for the same
/// entry (every entry's message is unique, so the message names the symbol). Planted: a use of every translated entry,
/// the overload a parameterless ID does not ban (new Random(42)), and uses of the two untranslated entries.
/// </summary>
[Collection(ImportRoundTripGroup.Name)]
public sealed class BannedSymbolsRoundTripTests(ImportRoundTripBuild build)
{
    private static readonly Regex Rs0030Message = new(@"is banned in this project: (?<because>.*)$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    private static readonly Regex Tl0101Message = new(@"^\[ADR-0001\] '[^']+' is banned \(rule banned-symbols: (?<because>.*)\)$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    [Fact]
    public void TechLead_flags_exactly_the_lines_and_symbols_BannedApiAnalyzers_flags()
    {
        var original = Uses("RS0030", Rs0030Message);
        var imported = Uses("TL0101", Tl0101Message);

        Assert.True(original.Count >= 12, Describe("BannedApiAnalyzers flagged too few uses for a round trip"));
        Assert.Equal(original, imported);
        Assert.DoesNotContain(build.CleanShop.Findings, f => f.File.Contains("Infrastructure", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_translated_entry_is_planted_and_flagged()
    {
        var flagged = Uses("TL0101", Tl0101Message).Select(u => u.Because).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(
            ["await Task.Delay", "ids come from IIdFactory", "inject TimeProvider", "inject TimeProvider (utc)", "log through ILogger", "say which currency", "seeded randomness only", "the legacy pricing is being retired", "use IHostApplicationLifetime", "write \"\""],
            flagged.OrderBy(b => b, StringComparer.Ordinal));
    }

    [Fact]
    public void The_ADR_lists_the_two_lines_that_ban_nothing_and_the_parameterless_overload_is_the_only_one_banned()
    {
        var adr = Assert.Single(build.CleanShop.Adrs);
        Assert.Contains("`src/BannedSymbols.txt:12`: 'System.IO.File' has no documentation-comment ID prefix", adr, StringComparison.Ordinal);
        Assert.Contains("`src/BannedSymbols.txt:13`: an indexer ID bans nothing in BannedApiAnalyzers 5.6.0", adr, StringComparison.Ordinal);
        Assert.Contains("- symbol: M:System.Random.#ctor()", adr, StringComparison.Ordinal);
        Assert.Contains("    - assembly: Acme.Shop.Application\n    - assembly: Acme.Shop.Domain\n", adr, StringComparison.Ordinal);

        var handler = build.CleanShop.SourceLines("src/Acme.Shop.Application/PlaceOrderHandler.cs");
        var seeded = Array.FindIndex(handler, l => l.Contains("new Random(42)", StringComparison.Ordinal)) + 1;
        var readFile = Array.FindIndex(handler, l => l.Contains("File.ReadAllText", StringComparison.Ordinal)) + 1;
        Assert.DoesNotContain(build.CleanShop.Findings, f => f.File.EndsWith("PlaceOrderHandler.cs", StringComparison.Ordinal) && (f.Line == seeded || f.Line == readFile));
        Assert.Contains("created ADR-0001 docs/adr/0001-banned-apis-from-src-bannedsymbols-txt.md <- BannedApiAnalyzers src/BannedSymbols.txt: 10 imported, 2 not imported", build.CleanShop.ImportOutput, StringComparison.Ordinal);
    }

    private SortedSet<(string File, int Line, string Because)> Uses(string id, Regex message)
    {
        var uses = new SortedSet<(string File, int Line, string Because)>();
        foreach (var finding in build.CleanShop.Findings.Where(f => f.Id == id))
        {
            var match = message.Match(finding.Message);
            Assert.True(match.Success, Describe($"unexpected {id} message: {finding.Message}"));
            uses.Add((finding.File, finding.Line, match.Groups["because"].Value));
        }

        return uses;
    }

    private string Describe(string headline) =>
        headline + "\n" + string.Join("\n", build.CleanShop.Findings.Select(f => $"  {f.Id} {f.File}:{f.Line} {f.Message}"));
}
