using TechLead.Conformance.Infrastructure;

namespace TechLead.Conformance;

/// <summary>banned-api (TL0101) through operators, conversions, foreach, await, deconstruction, initializers and indexers (Corpus/Source/BannedOperators.cs).</summary>
public sealed class BannedOperatorTests
{
    [Theory]
    [InlineData("ADR-0013/no-money-operators")]
    [InlineData("ADR-0013/no-money-patterns")]
    public void Banned_apis_used_without_their_name(string rule) => ConformanceAssert.Conforms(rule);
}
