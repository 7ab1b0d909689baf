using TechLead.Conformance.Infrastructure;

namespace TechLead.Conformance;

/// <summary>vocabulary (TL0206): every kind of declared name, not locals, not overrides (Corpus/Source/Words.cs).</summary>
public sealed class VocabularyTests
{
    [Fact]
    public void Declared_names_use_the_shared_vocabulary() => ConformanceAssert.Conforms("ADR-0008/say-customer");
}
