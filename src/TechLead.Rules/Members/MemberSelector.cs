using System.Collections.Generic;
using System.Text.RegularExpressions;
using TechLead.Rules.Parsing;
using TechLead.Rules.Selectors;

namespace TechLead.Rules.Members;

/// <summary>
/// The <c>members:</c> mapping of a <c>members</c> rule: which declared members it constrains. Every key written must hold;
/// an absent key does not constrain. <see cref="Types"/> picks the declaring types (engines match it once per type).
/// </summary>
public sealed class MemberSelector
{
    internal MemberSelector(string yaml, MemberKind kinds, GlobPattern? name, Regex? nameMatches, TypeSelector? types, IReadOnlyList<MemberVisibility> visibility, bool? isStatic, bool? isAsync, IReadOnlyList<MemberTypeGlob> returns, IReadOnlyList<MemberTypeGlob> hasAttribute)
    {
        Yaml = yaml;
        Kinds = kinds;
        Name = name;
        NameMatches = nameMatches;
        Types = types;
        Visibility = visibility;
        Static = isStatic;
        Async = isAsync;
        Returns = returns;
        HasAttribute = hasAttribute;
    }

    /// <summary>
    /// <c>include-overrides: true</c>: overrides the user wrote count too, as reflection's <c>DeclaredOnly</c> lists them
    /// (rules/0069); by default a rule sees only members the type introduces.
    /// </summary>
    public bool IncludesOverrides { get; init; }

    /// <summary>The mapping as written (<c>{ kind: method, name: Get* }</c>).</summary>
    public string Yaml { get; }

    /// <summary>The member kinds selected: <see cref="MemberKind.All"/> when <c>kind</c> is absent.</summary>
    public MemberKind Kinds { get; }

    /// <summary>A glob over the member name (no dots in it: <c>*</c> and <c>?</c>).</summary>
    public GlobPattern? Name { get; }

    /// <summary>A regex matched anywhere in the member name unless anchored.</summary>
    public Regex? NameMatches { get; }

    /// <summary>The declaring types; null means every type.</summary>
    public TypeSelector? Types { get; }

    /// <summary>Any of these declared accessibilities; empty means any.</summary>
    public IReadOnlyList<MemberVisibility> Visibility { get; }

    public bool? Static { get; }

    /// <summary>Methods declared <c>async</c> (true) or not (false); only methods are selected when set.</summary>
    public bool? Async { get; }

    /// <summary>The value type matches any of these (<see cref="MembersCheck.ReturnsAny"/>); only typed members are selected when set.</summary>
    public IReadOnlyList<MemberTypeGlob> Returns { get; }

    /// <summary>The member carries an attribute matching each of these.</summary>
    public IReadOnlyList<MemberTypeGlob> HasAttribute { get; }

    /// <summary>The namespace prefixes a declaring type must have (engines index rules by them).</summary>
    public IReadOnlyList<string> RequiredPrefixes => Types?.RequiredPrefixes ?? [];

    /// <summary>Whether the rule looks at the members of a type at all.</summary>
    public bool SelectsType<TType>(TType type, ITypeModel<TType> model) => Types is null || Types.Matches(type, model);

    /// <summary>
    /// Whether the member (of a type <see cref="SelectsType"/> picked) is selected; <paramref name="regexTimedOut"/> is set
    /// when <see cref="NameMatches"/> exceeded its timeout (not selected then; the engine reports TL9002).
    /// </summary>
    public bool Selects<TMember>(TMember member, IMemberModel<TMember> model, out bool regexTimedOut)
    {
        regexTimedOut = false;
        var kind = model.GetKind(member);
        if ((Kinds & kind) == 0 || (!IncludesOverrides && model.IsOverride(member)))
        {
            return false;
        }

        if (Async is { } isAsync && (kind != MemberKind.Method || model.IsAsync(member) != isAsync))
        {
            return false;
        }

        if (Static is { } isStatic && model.IsStatic(member) != isStatic)
        {
            return false;
        }

        if (Visibility.Count > 0 && !Contains(Visibility, model.GetVisibility(member)))
        {
            return false;
        }

        var name = model.GetName(member);
        if (Name is not null && !Name.IsMatch(name))
        {
            return false;
        }

        if (Returns.Count > 0 && ((kind & MemberKind.Typed) == 0 || !MembersCheck.ReturnsAny(member, model, Returns)))
        {
            return false;
        }

        foreach (var attribute in HasAttribute)
        {
            if (!MembersCheck.HasAttribute(member, model, attribute))
            {
                return false;
            }
        }

        if (NameMatches is not null)
        {
            regexTimedOut = !RegexFactory.TryMatch(NameMatches, name, out var matches);
            return !regexTimedOut && matches;
        }

        return true;
    }

    public override string ToString() => Yaml;

    internal static bool Contains(IReadOnlyList<MemberVisibility> values, MemberVisibility value)
    {
        foreach (var candidate in values)
        {
            if (candidate == value)
            {
                return true;
            }
        }

        return false;
    }
}
