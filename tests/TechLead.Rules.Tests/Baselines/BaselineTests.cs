using System.Collections.Generic;
using TechLead.Rules.Baselines;
using TechLead.Rules.Model;

namespace TechLead.Rules.Tests.Baselines;

public sealed class BaselineTests
{
    private const string Json = """
        {
          "version": 1,
          "entries": [
            { "adr": "ADR-0007", "rule": "domain-no-infra", "from": "T:Shop.Domain.Order", "to": "T:Shop.Infrastructure.Db", "count": 2, "reason": "legacy", "owner": "@acme/orders" },
            { "adr": "ADR-0007", "rule": "domain-no-infra", "from": "T:Shop.Domain.Cart", "to": "T:Shop.Infrastructure.Db", "count": 1, "expires": "2026-01-31" }
          ]
        }
        """;

    private static readonly BaselineKey OrderKey = new("ADR-0007", "domain-no-infra", "T:Shop.Domain.Order", "T:Shop.Infrastructure.Db");
    private static readonly BaselineKey CartKey = new("ADR-0007", "domain-no-infra", "T:Shop.Domain.Cart", "T:Shop.Infrastructure.Db");

    private static Baseline Parse(string text, List<AdrDiagnostic>? diagnostics = null) =>
        Baseline.Parse("techlead.baseline.json", text, diagnostics ?? []);

    [Fact]
    public void Reads_every_field()
    {
        var entry = Parse(Json).Entries[0];
        Assert.Equal(new BaselineEntry("ADR-0007", "domain-no-infra", "T:Shop.Domain.Order", "T:Shop.Infrastructure.Db", 2), entry with { Reason = null, Owner = null, Span = default });
        Assert.Equal(("legacy", "@acme/orders"), (entry.Reason, entry.Owner));
    }

    [Fact]
    public void Hides_matching_unexpired_violations_only()
    {
        var baseline = Parse(Json);
        Assert.Equal(new BaselineVerdict(2, ""), baseline.Judge(OrderKey, 2, "2026-11-25"));
        Assert.Equal(BaselineVerdict.NotBaselined, baseline.Judge(CartKey, 1, "2026-11-25"));
        Assert.Equal(new BaselineVerdict(1, ""), baseline.Judge(CartKey, 1, "2026-01-31"));
        Assert.Equal(BaselineVerdict.NotBaselined, baseline.Judge(OrderKey with { To = "T:Other" }, 1, "2026-11-25"));
    }

    [Fact]
    public void Entries_with_fewer_violations_than_their_count_are_stale()
    {
        var stale = Parse(Json).FindStale(new Dictionary<BaselineKey, int> { [OrderKey] = 1, [CartKey] = 1 }, RuleSeverity.Warning);
        var diagnostic = Assert.Single(stale);
        Assert.Equal(("TL9004", RuleSeverity.Warning, 3), (diagnostic.Id, diagnostic.Severity, diagnostic.Span.StartLine));
        Assert.Equal("baseline entry ADR-0007/domain-no-infra 'T:Shop.Domain.Order' -> 'T:Shop.Infrastructure.Db' (count 2) now matches 1 violation(s), fewer than its count: remove it or run 'techlead baseline update'", diagnostic.Message);
        Assert.Contains("no longer matches any violation", Assert.Single(Parse(Json).FindStale(new Dictionary<BaselineKey, int> { [OrderKey] = 2 }, RuleSeverity.Error)).Message);
    }

    [Theory]
    [InlineData("not json {")]
    [InlineData("{ \"version\": 1 }")]
    [InlineData("[1, 2]")]
    [InlineData("{ \"entries\": [ 5 ] }")]
    [InlineData("{ \"entries\": [ { \"adr\": \"A\" } ] }")]
    [InlineData("{ \"entries\": [ ")]
    public void Unreadable_baselines_are_reported_not_thrown(string text)
    {
        var diagnostics = new List<AdrDiagnostic>();
        var baseline = Parse(text, diagnostics);
        Assert.Empty(baseline.Entries);
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal("TL9001", d.Id));
    }
}
