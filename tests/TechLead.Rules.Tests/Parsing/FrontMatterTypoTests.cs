using System.Linq;
using TechLead.Rules.Model;
using TechLead.Rules.Tests.Support;

namespace TechLead.Rules.Tests.Parsing;

/// <summary>A top-level key a typo away from a known one is an error (its meaning is silently off); farther keys stay warnings (rules/0032).</summary>
public sealed class FrontMatterTypoTests
{
    private const string Head = "---\nid: ADR-0007\nstatus: accepted\n";

    [Theory]
    [InlineData("rulez", "rules")]
    [InlineData("rule", "rules")]
    [InlineData("ruels", "rules")]
    [InlineData("rulesx1", "rules")]
    [InlineData("titel", "title")]
    [InlineData("tag", "tags")]
    [InlineData("enforcment", "enforcement")]
    [InlineData("Superseded-By", "superseded-by")]
    public void A_key_within_two_edits_of_a_known_key_is_an_error_with_the_fix(string key, string meant)
    {
        Adr.AssertDiagnostics(
            Head + "{|" + key + "|}: x\n---\n",
            ("TL9002", $"unknown field '{key}'; did you mean '{meant}'?"));
        var problem = Assert.Single(AdrSet.Load([new AdrSourceFile(Adr.Path, Head + key + ": x\n---\n")]).Diagnostics);
        Assert.Equal(RuleSeverity.Error, problem.Severity);
    }

    [Fact]
    public void Rulez_fails_the_build_of_an_accepted_ADR()
    {
        var set = AdrSet.Load([new AdrSourceFile(Adr.Path, Head + "rulez:\n  - id: r\n    kind: forbid\n    from: A.**\n    to: B.**\n---\n")]);

        var problem = Assert.Single(set.Diagnostics);
        Assert.Equal(("TL9002", "unknown field 'rulez'; did you mean 'rules'?", 3, 0), (problem.Id, problem.Message, problem.Span.StartLine, problem.Span.StartColumn));
        Assert.Equal(RuleSeverity.Error, set.BuildSeverity(problem));
        Assert.Empty(set.Rules);
    }

    [Theory]
    [InlineData("layout")]
    [InlineData("categories")]
    [InlineData("nav")]
    [InlineData("ab")]
    public void A_key_farther_away_stays_a_warning(string key)
    {
        var problem = Assert.Single(Adr.Parse(Head + key + ": x\n---\n").Diagnostics);

        Assert.Equal(("TL9002", RuleSeverity.Warning), (problem.Id, problem.Severity));
        Assert.StartsWith($"unknown field '{key}'", problem.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Three_edits_is_no_typo() =>
        Assert.Equal(RuleSeverity.Warning, Assert.Single(Adr.Parse(Head + "rxxxs: x\n---\n").Diagnostics).Severity);

    [Fact]
    public void Short_keys_allow_one_edit_only()
    {
        Assert.Equal(RuleSeverity.Error, Adr.Parse(Head + "ids: x\n---\n").Diagnostics.Single().Severity);
        Assert.Equal(RuleSeverity.Warning, Adr.Parse(Head + "xy: x\n---\n").Diagnostics.Single().Severity);
    }
}
