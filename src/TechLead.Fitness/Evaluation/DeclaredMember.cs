using System.Collections.Generic;
using TechLead.Rules.Members;

namespace TechLead.Fitness.Evaluation;

/// <summary>
/// A member the user declared, as an IL engine read it (rules/0036: no overrides, explicit implementations or
/// compiler-generated members), with the facts a <c>members</c> rule asks about already spelled as the rule core spells them.
/// </summary>
internal sealed record DeclaredMember(
    string Name,
    MemberKind Kind,
    MemberVisibility Visibility,
    bool IsStatic,
    bool IsAsync,
    string? ValueType,
    string? AwaitedType,
    int Parameters,
    IReadOnlyList<string> Attributes,
    bool HasPublicSetter,
    string DocumentationId);

/// <summary>Shows <see cref="DeclaredMember"/>s to the rule core.</summary>
internal sealed class DeclaredMemberModel : IMemberModel<DeclaredMember>
{
    public static readonly DeclaredMemberModel Instance = new();

    public string GetName(DeclaredMember member) => member.Name;

    public MemberKind GetKind(DeclaredMember member) => member.Kind;

    public MemberVisibility GetVisibility(DeclaredMember member) => member.Visibility;

    public bool IsStatic(DeclaredMember member) => member.IsStatic;

    public bool IsAsync(DeclaredMember member) => member.IsAsync;

    public string? GetValueTypeName(DeclaredMember member) => member.ValueType;

    public string? GetAwaitedTypeName(DeclaredMember member) => member.AwaitedType;

    public int GetParameterCount(DeclaredMember member) => member.Parameters;

    public IEnumerable<string> GetAttributeNames(DeclaredMember member) => member.Attributes;

    public bool HasPublicSetter(DeclaredMember member) => member.HasPublicSetter;
}
