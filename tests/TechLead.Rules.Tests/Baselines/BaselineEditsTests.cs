using System.Collections.Generic;
using System.Linq;
using TechLead.Rules.Baselines;

namespace TechLead.Rules.Tests.Baselines;

/// <summary>How entries change: create freezes, update only shrinks, the code fix raises by what it adds.</summary>
public sealed class BaselineEditsTests
{
    private static readonly BaselineKey Order = new("ADR-0007", "domain-no-infra", "T:Shop.Domain.Order", "T:Shop.Infrastructure.Db");
    private static readonly BaselineKey Cart = new("ADR-0007", "domain-no-infra", "T:Shop.Domain.Cart", "T:Shop.Infrastructure.Db");
    private static readonly BaselineKey Client = new("ADR-0012", "ubiquitous-language", "T:Shop.Client", "");

    private static BaselineEntry EntryOf(BaselineKey key, int count) => new(key.Adr, key.Rule, key.From, key.To, count);

    [Fact]
    public void Freeze_writes_one_entry_per_key_with_its_count()
    {
        var entries = BaselineEdits.Freeze(new Dictionary<BaselineKey, int> { [Order] = 3, [Client] = 1 });

        Assert.Equal([EntryOf(Order, 3), EntryOf(Client, 1)], entries);
    }

    [Fact]
    public void Shrink_drops_what_is_fixed_lowers_what_shrank_and_never_raises_or_adds()
    {
        var entries = new[] { EntryOf(Order, 3) with { Reason = "legacy" }, EntryOf(Cart, 1), EntryOf(Client, 2) };

        var (kept, changes) = BaselineEdits.Shrink(entries, new Dictionary<BaselineKey, int> { [Order] = 1, [Client] = 5, [new("ADR-0001", "r", "T:New", "")] = 4 });

        Assert.Equal([EntryOf(Order, 1) with { Reason = "legacy" }, EntryOf(Client, 2)], kept);
        Assert.Equal([(Order, 1, false), (Cart, 0, true)], changes.Select(c => (c.Entry.Key, c.Remaining, c.Dropped)));
    }

    [Fact]
    public void Raise_adds_the_number_added_to_an_entry_or_creates_one_and_leaves_an_expired_entry_alone()
    {
        var entries = new[] { EntryOf(Order, 1), EntryOf(Cart, 1) with { Expires = "2026-01-31" } };

        var raised = BaselineEdits.Raise(entries, [Order, Client, Order, Cart], "2026-12-01");

        Assert.Equal([EntryOf(Order, 3), EntryOf(Cart, 1) with { Expires = "2026-01-31" }, EntryOf(Client, 1)], raised);
    }
}
