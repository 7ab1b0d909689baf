using TechLead.Conformance.Infrastructure;

namespace TechLead.Conformance;

/// <summary>The type-level kinds TL0201–TL0205 (Corpus/Source/Shape.cs); NetArchTest checks them too.</summary>
public sealed class TypeRuleTests
{
    [Theory]
    [InlineData("ADR-0007/handler-suffix")]
    public void Naming(string rule) => ConformanceAssert.Conforms(rule);

    [Theory]
    [InlineData("ADR-0007/controllers-inherit")]
    [InlineData("ADR-0007/entities-implement")]
    public void Inheritance(string rule) => ConformanceAssert.Conforms(rule);

    [Theory]
    [InlineData("ADR-0007/dtos-serializable")]
    [InlineData("ADR-0007/no-obsolete")]
    public void Attributes(string rule) => ConformanceAssert.Conforms(rule);

    [Theory]
    [InlineData("ADR-0007/values-sealed-immutable")]
    [InlineData("ADR-0007/value-structs-immutable")]
    [InlineData("ADR-0007/helpers-static")]
    [InlineData("ADR-0007/bases-abstract")]
    [InlineData("ADR-0007/internals-internal")]
    [InlineData("ADR-0007/contracts-public")]
    [InlineData("ADR-0007/constructors-private")]
    [InlineData("ADR-0007/constructors-non-public")]
    [InlineData("ADR-0007/public-state-immutable")]
    public void Modifiers(string rule) => ConformanceAssert.Conforms(rule);

    [Fact]
    public void Placement() => ConformanceAssert.Conforms("ADR-0007/repositories-placed");
}
