using TechLead.Conformance.Infrastructure;

namespace TechLead.Conformance;

/// <summary>
/// 'must-exist' members rules and must-implement of any of several types (rules/0063): every engine counts the same
/// constructors, the implicit one included, and matches generic interfaces open and closed (Corpus/Source/RequiredMembers.cs).
/// </summary>
public sealed class RequiredMembersTests
{
    [Theory]
    [InlineData("ADR-0063/entities-private-parameterless")]
    [InlineData("ADR-0063/dtos-publicly-constructible")]
    [InlineData("ADR-0063/commands-creator-constructor")]
    [InlineData("ADR-0063/validators-validate")]
    [InlineData("ADR-0063/handlers-typed")]
    public void Required_members_conform(string rule) => ConformanceAssert.Conforms(rule);
}
