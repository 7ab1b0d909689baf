using TechLead.Rules.Selectors;

namespace TechLead.Rules.Tests.Selectors;

public sealed class TypeFamilyTests
{
    [Theory]
    [InlineData("Shop.Order", "Shop", "Shop.Order.Line", "Shop", true)]
    [InlineData("Shop.Order.A", "Shop", "Shop.Order.B", "Shop", true)]
    [InlineData("Shop.Order", "Shop", "Shop.OrderLine", "Shop", false)]
    [InlineData("Shop.Order`1.Line", "Shop", "Shop.Order`2", "Shop", false)]
    [InlineData("Order.Line", "", "Order", "", true)]
    [InlineData("Shop.Order", "Shop", "Shop.Order.Line", "Shop.Order", false)]
    public void Nested_types_and_their_outermost_type_are_one_unit(string a, string aNamespace, string b, string bNamespace, bool expected)
    {
        Assert.Equal(expected, TypeFamily.AreOneUnit(a, aNamespace, b, bNamespace));
        Assert.Equal(expected, TypeFamily.AreOneUnit(b, bNamespace, a, aNamespace));
    }

    [Theory]
    [InlineData("Shop.Order.Line.Part", "Shop", "Shop.Order")]
    [InlineData("Shop.Order", "Shop", "Shop.Order")]
    [InlineData("Order.Line", "", "Order")]
    public void Outermost_is_the_first_type_segment(string fullName, string @namespace, string expected) =>
        Assert.Equal(expected, TypeFamily.Outermost(fullName, @namespace));
}
