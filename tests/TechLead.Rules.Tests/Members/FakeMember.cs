using System.Collections.Generic;
using TechLead.Rules.Members;
using TechLead.Rules.Selectors;
using TechLead.Rules.Tests.Support;

namespace TechLead.Rules.Tests.Members;

/// <summary>A declared member as a test writes it; <see cref="FakeMemberModel"/> shows it to the rule core.</summary>
internal sealed record FakeMember(
    string Name,
    MemberKind Kind = MemberKind.Method,
    MemberVisibility Visibility = MemberVisibility.Public,
    bool IsStatic = false,
    bool IsAsync = false,
    string? Type = "System.Void",
    string? Awaited = null,
    int Parameters = 0,
    string[]? Attributes = null,
    bool PublicSetter = false,
    FakeType[]? ValueTypes = null,
    bool Override = false);

internal sealed class FakeMemberModel : IMemberModel<FakeMember>
{
    public static readonly FakeMemberModel Instance = new();

    public string GetName(FakeMember member) => member.Name;

    public MemberKind GetKind(FakeMember member) => member.Kind;

    public MemberVisibility GetVisibility(FakeMember member) => member.Visibility;

    public bool IsStatic(FakeMember member) => member.IsStatic;

    public bool IsAsync(FakeMember member) => member.IsAsync;

    public string? GetValueTypeName(FakeMember member) => member.Type;

    public string? GetAwaitedTypeName(FakeMember member) => member.Awaited;

    public int GetParameterCount(FakeMember member) => member.Parameters;

    public IEnumerable<string> GetAttributeNames(FakeMember member) => member.Attributes ?? [];

    public bool HasPublicSetter(FakeMember member) => member.PublicSetter;

    public bool IsOverride(FakeMember member) => member.Override;

    /// <summary><see cref="FakeMember.ValueTypes"/>: the value type, then its generic arguments.</summary>
    public string? FindSelectedValueType(FakeMember member, TypeSelector selector)
    {
        if (member.ValueTypes is not [var valueType, .. var arguments])
        {
            return null;
        }

        return MemberValueTypes.FindSelected(valueType, arguments, selector, FakeTypeModel.Instance);
    }
}
