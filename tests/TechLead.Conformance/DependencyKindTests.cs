using TechLead.Conformance.Infrastructure;

namespace TechLead.Conformance;

/// <summary>The dependency kinds TL0001–TL0006 (Corpus/Source/Layers.cs, AllowOnly.cs, Modules.cs, Slices.cs, ContextMap.cs).</summary>
public sealed class DependencyKindTests
{
    [Theory]
    [InlineData("ADR-0002/layering")]
    [InlineData("ADR-0002/layering-strict")]
    public void Layers(string rule) => ConformanceAssert.Conforms(rule);

    [Theory]
    [InlineData("ADR-0003/core-allow-list")]
    [InlineData("ADR-0003/async-narrow")]
    public void Allow_only(string rule) => ConformanceAssert.Conforms(rule);

    [Fact]
    public void Independent_modules() => ConformanceAssert.Conforms("ADR-0004/modules-independent");

    [Fact]
    public void Acyclic_slices() => ConformanceAssert.Conforms("ADR-0005/no-cycles");

    [Fact]
    public void Diagram_context_map() => ConformanceAssert.Conforms("ADR-0031/context-map");
}
