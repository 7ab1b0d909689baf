using System;
using System.Collections.Generic;
using System.Linq;
using TechLead.Conformance.Duel;

namespace TechLead.Conformance;

/// <summary>
/// The duel: one realistic project (Duel/Billing: members, operators, conversions, method groups, attributes,
/// typeof, using static, lambdas, local functions, iterators, async, initializers, base types, generic
/// arguments) built for real with BannedApiAnalyzers and the packed TechLead analyzer on the same symbols.
/// Every line RS0030 flags, TL0101 flags; the lines only TechLead flags are listed below with the reason.
/// </summary>
public sealed class BannedApiDuelTests(BannedApiDuelBuild duel) : IClassFixture<BannedApiDuelBuild>
{
    private const string CompoundAssignment = "a compound assignment calls its operator method; BannedApiAnalyzers 5.6.0 registers no action for compound assignments";
    private const string IndexerByName = "BannedApiAnalyzers 5.6.0 looks a banned member up by its symbol name, and an indexer's is 'this[]' while its ID says 'Item': indexer bans never match there";
    private const string NamespaceUsing = "a banned namespace also flags its using directives (TechLead's contract); BannedApiAnalyzers flags only uses of its types";
    private const string Foreach = "foreach calls GetEnumerator; BannedApiAnalyzers has no action for loops";
    private const string Deconstruction = "a deconstruction calls Deconstruct; BannedApiAnalyzers has no action for deconstructions";

    /// <summary>Lines only TechLead flags: every line of the file containing the snippet, and no other.</summary>
    internal static readonly ExtraLine[] Extras =
    [
        new("Invoice.cs", "total += line.Price;", CompoundAssignment),
        new("Invoice.cs", "public LineItem First() => lines[0];", IndexerByName),
        new("Operations.cs", "using Acme.Billing.Legacy.Internal;", NamespaceUsing),
        new("Invoice.cs", "foreach (var line in lines)", Foreach),
        new("Invoice.cs", "var (amount, currency) = Total();", Deconstruction),
    ];

    [Fact]
    public void Both_analyzers_ran_on_the_same_symbols()
    {
        Assert.True(Lines("RS0030").Count >= 25, Describe("BannedApiAnalyzers flagged too few lines to be a duel"));
        Assert.True(Lines("TL0101").Count >= 25, Describe("TechLead flagged too few lines to be a duel"));
    }

    [Fact]
    public void Every_line_BannedApiAnalyzers_flags_TechLead_flags()
    {
        var missed = Lines("RS0030").Except(Lines("TL0101")).ToList();
        Assert.True(missed.Count == 0, Describe("TL0101 misses lines RS0030 flags: " + string.Join(", ", missed.Select(Show))));
    }

    [Fact]
    public void TechLead_flags_more_only_on_the_listed_lines()
    {
        var expected = new HashSet<(string File, int Line)>();
        foreach (var extra in Extras)
        {
            var lines = duel.Sources[extra.File].Select((text, index) => (text, index)).Where(l => l.text.Contains(extra.Snippet, StringComparison.Ordinal)).Select(l => (extra.File, l.index + 1)).ToList();
            Assert.True(lines.Count > 0, $"the extra '{extra.Snippet}' is not in {extra.File}");
            expected.UnionWith(lines);
        }

        var actual = Lines("TL0101").Except(Lines("RS0030")).ToHashSet();
        var unexplained = actual.Except(expected).ToList();
        var stale = expected.Except(actual).ToList();
        Assert.True(unexplained.Count == 0 && stale.Count == 0, Describe(
            $"TL0101-only lines differ from the list: unexplained {string.Join(", ", unexplained.Select(Show))}; listed but not TL0101-only {string.Join(", ", stale.Select(Show))}"));
    }

    private HashSet<(string File, int Line)> Lines(string id) =>
        duel.Findings.Where(f => f.Id == id).Select(f => (f.File, f.Line)).ToHashSet();

    private string Show((string File, int Line) line) => $"{line.File}:{line.Line} `{duel.Sources[line.File][line.Line - 1].Trim()}`";

    private string Describe(string headline) =>
        headline + "\n" + string.Join("\n", duel.Findings.Select(f => $"  {f.Id} {f.File}:{f.Line} {f.Message}"));
}
