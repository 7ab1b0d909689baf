using TechLead.Conformance.Infrastructure;

namespace TechLead.Conformance;

/// <summary>
/// C# constructs whose IL differs from their source (Corpus/Source/Constructs.cs, ConstructsGenerated.cs): every engine
/// sees what the source writes or instantiates and nothing the compiler synthesizes (rules/0039).
/// </summary>
public sealed class ConstructTests
{
    [Theory]
    [InlineData("ADR-0014/constructs-model")]
    [InlineData("ADR-0014/constructs-no-machinery")]
    [InlineData("ADR-0014/constructs-allow-list")]
    [InlineData("ADR-0014/glob-allow-list")]
    public void Constructs_depend_on_what_their_source_writes(string rule) => ConformanceAssert.Conforms(rule);

    /// <summary>What IL cannot show as written (Corpus/Source/DeclaredDifferences.cs): the IL engines differ exactly as ExplainedDifferences declares.</summary>
    [Theory]
    [InlineData("ADR-0017/declared-model")]
    [InlineData("ADR-0017/declared-framework")]
    public void What_IL_cannot_show_differs_exactly_as_declared(string rule) => ConformanceAssert.Conforms(rule);
}
