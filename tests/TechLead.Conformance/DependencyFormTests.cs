using TechLead.Conformance.Infrastructure;

namespace TechLead.Conformance;

/// <summary>Every dependency form of docs/adr-format.md and its exclusions (Corpus/Source/Forms*.cs, Family.cs).</summary>
public sealed class DependencyFormTests
{
    [Fact]
    public void Every_dependency_form_is_found_and_using_nameof_cref_are_not() => ConformanceAssert.Conforms("ADR-0001/forms-no-targets");

    [Fact]
    public void A_type_its_nested_types_and_their_siblings_are_one_unit() => ConformanceAssert.Conforms("ADR-0001/family-closed");
}
