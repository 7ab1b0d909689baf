using TechLead.Rules.Selectors;

namespace TechLead.Rules.Tests.Selectors;

public sealed class DottedNameTests
{
    [Theory]
    [InlineData("Shop.Domain", "Shop.Domain", true)]
    [InlineData("Shop.Domain.Order", "Shop.Domain", true)]
    [InlineData("Shop.Domain.Orders.Line", "Shop.Domain", true)]
    [InlineData("Shop.DomainEvents", "Shop.Domain", false)]
    [InlineData("Shop.Dom", "Shop.Domain", false)]
    [InlineData("Shop", "Shop.Domain", false)]
    [InlineData("Shop.Domain.Order", "Shop.Domain.", true)]
    [InlineData("Shop.Domain", "Shop.Domain.", true)]
    [InlineData("Shop.DomainEvents", "Shop.Domain.", false)]
    [InlineData("Shop.Domain", "", true)]
    [InlineData("shop.domain", "Shop.Domain", false)]
    public void A_name_is_at_or_under_a_prefix_by_whole_segments(string name, string prefix, bool expected) =>
        Assert.Equal(expected, DottedName.IsAtOrUnder(name, prefix));
}
