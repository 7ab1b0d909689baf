using TechLead.Conformance.Infrastructure;

namespace TechLead.Conformance;

/// <summary>banned-api (TL0101): every doc-comment ID prefix, overloads, nested types, scope (Corpus/Source/Banned*.cs).</summary>
public sealed class BannedApiTests
{
    [Theory]
    [InlineData("ADR-0006/no-legacy")]
    [InlineData("ADR-0006/scoped-console")]
    public void Banned_apis(string rule) => ConformanceAssert.Conforms(rule);
}
