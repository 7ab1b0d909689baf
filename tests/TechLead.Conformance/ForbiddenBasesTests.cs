using TechLead.Conformance.Infrastructure;

namespace TechLead.Conformance;

/// <summary>
/// must-not-inherit and must-not-implement (rules/0065): every engine flags the same types for a base found anywhere in
/// the chain, generic definitions in any construction, and leaves a same-named type of another namespace alone
/// (Corpus/Source/ForbiddenBases.cs); placement by a namespace regex (Corpus/Source/PlacedByRegex.cs); nested: false (Corpus/Source/Nesting.cs).
/// </summary>
public sealed class ForbiddenBasesTests
{
    [Theory]
    [InlineData("ADR-0065/chat-is-not-domain-driven")]
    [InlineData("ADR-0065/events-are-not-requests")]
    [InlineData("ADR-0065/handlers-in-features")]
    [InlineData("ADR-0065/domain-types-are-top-level")]
    public void Forbidden_bases_conform(string rule) => ConformanceAssert.Conforms(rule);
}
