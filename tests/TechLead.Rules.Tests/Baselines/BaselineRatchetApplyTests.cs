using System.Collections.Generic;
using System.Linq;
using TechLead.Rules.Baselines;

namespace TechLead.Rules.Tests.Baselines;

/// <summary>The ratchet over a whole run: which violations stay hidden and what the reported ones say (rules/0010).</summary>
public sealed class BaselineRatchetApplyTests
{
    private const string Today = "2026-12-01";

    private static readonly BaselineKey Clock = new("ADR-0005", "no-local-clock", "T:Shop.Clock", "P:System.DateTime.Now");
    private static readonly BaselineKey Db = new("ADR-0007", "domain-no-infra", "T:Shop.Domain.Order", "T:Shop.Infrastructure.Db");

    private static Baseline Parse(string entries) =>
        Baseline.Parse("techlead.baseline.json", "{ \"version\": 1, \"entries\": [ " + entries + " ] }", []);

    private static string Entry(BaselineKey key, int count, string? expires = null) =>
        $$"""{ "adr": "{{key.Adr}}", "rule": "{{key.Rule}}", "from": "{{key.From}}", "to": "{{key.To}}", "count": {{count}}{{(expires is null ? "" : $", \"expires\": \"{expires}\"")}} }""";

    private sealed record Found(string Where, BaselineKey? Key);

    private static IReadOnlyList<BaselineOutcome<Found>> Apply(Baseline baseline, params Found[] inSourceOrder) =>
        BaselineRatchet.Apply(baseline, inSourceOrder, f => f.Key, Today);

    [Fact]
    public void The_first_count_in_source_order_stay_hidden_and_the_rest_say_how_many_are_allowed()
    {
        var outcomes = Apply(Parse(Entry(Clock, 2)), new Found("a.cs:1", Clock), new Found("a.cs:9", Clock), new Found("b.cs:3", Clock));

        Assert.Equal(["a.cs:1", "a.cs:9", "b.cs:3"], outcomes.Select(o => o.Violation.Where));
        Assert.Equal([true, true, false], outcomes.Select(o => o.Hidden));
        Assert.Equal("m; baseline allows 2 of 3 found", outcomes[2].Message("m"));
        Assert.Equal("m", outcomes[0].Message("m"));
    }

    [Fact]
    public void Keys_come_in_ordinal_order_then_violations_without_a_key_which_are_never_hidden()
    {
        var outcomes = Apply(Parse(Entry(Clock, 1) + ", " + Entry(Db, 1)), new Found("x", null), new Found("db", Db), new Found("clock", Clock));

        Assert.Equal(["clock", "db", "x"], outcomes.Select(o => o.Violation.Where));
        Assert.Equal([true, true, false], outcomes.Select(o => o.Hidden));
        Assert.Equal([Clock, Db, null], outcomes.Select(o => o.Key));
    }

    [Fact]
    public void Without_an_entry_or_after_its_expiry_everything_is_reported_unchanged()
    {
        var expired = Apply(Parse(Entry(Clock, 5, expires: "2026-11-30")), new Found("a", Clock), new Found("b", Clock));
        var none = Apply(Parse(Entry(Db, 5)), new Found("a", Clock));

        Assert.All(expired.Concat(none), o => Assert.Equal((false, ""), (o.Hidden, o.MessageSuffix)));
    }

    [Fact]
    public void Within_count_nothing_is_reported()
    {
        Assert.All(Apply(Parse(Entry(Db, 3)), new Found("a", Db), new Found("b", Db)), o => Assert.True(o.Hidden));
    }

    [Fact]
    public void Without_a_target_any_unexpired_entry_of_the_type_hides_and_every_entry_of_the_type_is_matched()
    {
        var baseline = Parse(Entry(Db, 1) + ", " + Entry(Db with { To = "T:Shop.Infrastructure.Cache" }, 1, expires: "2026-11-30") + ", " + Entry(Clock, 1, expires: "2026-11-30"));
        var order = new Found("order", Db with { To = "" });
        var clock = new Found("clock", Clock with { To = "" });
        var other = new Found("other", Db with { From = "T:Shop.Domain.Cart", To = "" });

        var (outcomes, matched) = BaselineRatchet.ApplyWithoutTarget(baseline, [order, clock, other], f => f.Key!.Value, Today);

        Assert.Equal([("order", true), ("clock", false), ("other", false)], outcomes.Select(o => (o.Violation.Where, o.Hidden)));
        Assert.Equal([Db, Db with { To = "T:Shop.Infrastructure.Cache" }, Clock], matched);
    }

    [Fact]
    public void Counts_per_key_skip_violations_without_a_key()
    {
        var counts = BaselineRatchet.CountByKey(new Found[] { new Found("a", Clock), new Found("b", null), new Found("c", Clock), new Found("d", Db) }, f => f.Key);

        Assert.Equal(new Dictionary<BaselineKey, int> { [Clock] = 2, [Db] = 1 }, counts);
    }

    [Fact]
    public void An_unexpired_entry_is_one_whose_date_is_today_or_later()
    {
        var baseline = Parse(Entry(Clock, 1, expires: "2026-12-01") + ", " + Entry(Db, 1, expires: "2026-11-30"));

        Assert.Equal((true, false, false), (baseline.HasUnexpiredEntry(Clock, Today), baseline.HasUnexpiredEntry(Db, Today), baseline.HasUnexpiredEntry(Clock with { To = "" }, Today)));
    }
}
