using TechLead.Rules.Baselines;

namespace TechLead.Rules.Tests.Baselines;

/// <summary>The ratchet every engine calls: an entry hides at most its count of its key's violations.</summary>
public sealed class BaselineRatchetTests
{
    private static readonly BaselineEntry CountOne = new("ADR-0005", "no-local-clock", "T:Shop.Clock", "P:System.DateTime.Now", 1);

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(3, 2, 2)]
    [InlineData(3, 3, 3)]
    public void Up_to_count_violations_are_all_hidden_without_a_suffix(int count, int found, int hidden)
    {
        var verdict = BaselineRatchet.Judge(CountOne with { Count = count }, found, "2026-12-01");

        Assert.Equal(new BaselineVerdict(hidden, ""), verdict);
    }

    [Fact]
    public void Beyond_count_the_first_count_stay_hidden_and_the_rest_say_how_many_are_allowed()
    {
        var verdict = BaselineRatchet.Judge(CountOne, 2, "2026-12-01");

        Assert.Equal(1, verdict.Hidden);
        Assert.Equal([true, false], new[] { verdict.Hides(0), verdict.Hides(1) });
        Assert.Equal("[ADR-0005] m (rule no-local-clock: x); baseline allows 1 of 2 found", verdict.Message("[ADR-0005] m (rule no-local-clock: x)"));
    }

    [Fact]
    public void Counts_are_written_without_grouping_separators()
    {
        var verdict = BaselineRatchet.Judge(CountOne with { Count = 1200 }, 1500, "2026-12-01");

        Assert.Equal("; baseline allows 1200 of 1500 found", verdict.MessageSuffix);
    }

    [Fact]
    public void No_entry_hides_nothing()
    {
        Assert.Equal(BaselineVerdict.NotBaselined, BaselineRatchet.Judge(null, 3, "2026-12-01"));
        Assert.False(BaselineVerdict.NotBaselined.Hides(0));
    }

    [Theory]
    [InlineData("2026-11-30", 0)]
    [InlineData("2026-12-01", 1)]
    [InlineData("2026-12-02", 1)]
    public void An_entry_hides_through_its_expiry_date_and_nothing_after_it(string expires, int hidden)
    {
        var verdict = BaselineRatchet.Judge(CountOne with { Expires = expires }, 3, "2026-12-01");

        Assert.Equal(hidden, verdict.Hidden);
        Assert.Equal(hidden == 0 ? "" : "; baseline allows 1 of 3 found", verdict.MessageSuffix);
    }

    [Fact]
    public void No_violations_hide_nothing()
    {
        Assert.Equal(BaselineVerdict.NotBaselined, BaselineRatchet.Judge(CountOne, 0, "2026-12-01"));
    }
}
