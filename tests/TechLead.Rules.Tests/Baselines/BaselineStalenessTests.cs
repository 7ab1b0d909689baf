using System.Collections.Generic;
using System.Linq;
using TechLead.Rules.Baselines;
using TechLead.Rules.Model;

namespace TechLead.Rules.Tests.Baselines;

/// <summary>TL9004: an entry whose violations are gone, or whose count is higher than what remains.</summary>
public sealed class BaselineStalenessTests
{
    private static readonly BaselineKey Order = new("ADR-0007", "domain-no-infra", "T:Shop.Domain.Order", "T:Shop.Infrastructure.Db");
    private static readonly BaselineKey Cart = new("ADR-0007", "domain-no-infra", "T:Shop.Domain.Cart", "T:Shop.Infrastructure.Db");

    private static readonly Baseline Frozen = Baseline.Parse("/repo/techlead.baseline.json", """
        { "version": 1, "entries": [
          { "adr": "ADR-0007", "rule": "domain-no-infra", "from": "T:Shop.Domain.Order", "to": "T:Shop.Infrastructure.Db", "count": 2 },
          { "adr": "ADR-0007", "rule": "domain-no-infra", "from": "T:Shop.Domain.Cart", "to": "T:Shop.Infrastructure.Db", "count": 1 }
        ] }
        """, []);

    [Fact]
    public void Counted_fewer_than_the_count_or_none_is_stale_at_the_given_severity_in_the_entry()
    {
        var stale = BaselineStaleness.Find(Frozen, new Dictionary<BaselineKey, int> { [Order] = 1 }, RuleSeverity.Error);

        Assert.Equal(
            [
                "TL9004 Error /repo/techlead.baseline.json:2 baseline entry ADR-0007/domain-no-infra 'T:Shop.Domain.Order' -> 'T:Shop.Infrastructure.Db' (count 2) now matches 1 violation(s), fewer than its count: remove it or run 'techlead baseline update'",
                "TL9004 Error /repo/techlead.baseline.json:3 baseline entry ADR-0007/domain-no-infra 'T:Shop.Domain.Cart' -> 'T:Shop.Infrastructure.Db' (count 1) no longer matches any violation: remove it or run 'techlead baseline update'",
            ],
            stale.Select(d => $"{d.Id} {d.Severity} {d.Path}:{d.Span.DisplayLine} {d.Message}"));
    }

    [Fact]
    public void As_many_or_more_than_the_count_is_not_stale()
    {
        Assert.Empty(BaselineStaleness.Find(Frozen, new Dictionary<BaselineKey, int> { [Order] = 2, [Cart] = 7 }, RuleSeverity.Warning));
    }

    [Fact]
    public void Entries_another_engine_judges_are_left_alone()
    {
        var stale = BaselineStaleness.Find(Frozen, new Dictionary<BaselineKey, int>(), RuleSeverity.Warning, e => e.From == Cart.From);

        Assert.Equal([Cart.From], stale.Select(d => d.Message.Split('\'')[1]));
    }

    [Fact]
    public void Presence_only_engines_flag_the_entries_nothing_matches()
    {
        var stale = BaselineStaleness.FindUnmatched(Frozen, [Order], RuleSeverity.Warning, _ => true);
        var none = BaselineStaleness.FindUnmatched(Frozen, [], RuleSeverity.Warning, _ => false);

        Assert.Equal([Cart.From], stale.Select(d => d.Message.Split('\'')[1]));
        Assert.Contains("no longer matches any violation", Assert.Single(stale).Message);
        Assert.Empty(none);
    }

    [Fact]
    public void A_type_level_entry_without_a_to_is_named_without_an_arrow()
    {
        var typeLevel = Baseline.Parse("/repo/techlead.baseline.json", """
            { "version": 1, "entries": [
              { "adr": "ADR-0008", "rule": "repo-suffix", "from": "T:Shop.Infrastructure.OrderStore", "to": "", "count": 1 }
            ] }
            """, []);

        var stale = BaselineStaleness.Find(typeLevel, new Dictionary<BaselineKey, int>(), RuleSeverity.Warning);

        Assert.Equal(
            "baseline entry ADR-0008/repo-suffix 'T:Shop.Infrastructure.OrderStore' (count 1) no longer matches any violation: remove it or run 'techlead baseline update'",
            Assert.Single(stale).Message);
    }
}
