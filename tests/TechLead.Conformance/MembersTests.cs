using TechLead.Conformance.Infrastructure;

namespace TechLead.Conformance;

/// <summary>members (TL0207): every engine selects exactly the members the user declared (Corpus/Source/Members.cs).</summary>
public sealed class MembersTests
{
    [Theory]
    [InlineData("ADR-0016/getters-return-a-value")]
    [InlineData("ADR-0016/async-suffix")]
    [InlineData("ADR-0016/is-has-return-bool")]
    [InlineData("ADR-0016/few-parameters")]
    [InlineData("ADR-0016/actions-return-results")]
    [InlineData("ADR-0016/no-public-instance-fields")]
    [InlineData("ADR-0016/no-public-setters")]
    [InlineData("ADR-0016/entity-constructors-not-public")]
    [InlineData("ADR-0016/only-declared-members")]
    [InlineData("ADR-0016/entities-hold-no-aggregates")]
    [InlineData("ADR-0016/non-roots-expose-nothing")]
    public void Member_rules_conform(string rule) => ConformanceAssert.Conforms(rule);
}
