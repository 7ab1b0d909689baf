using System;
using System.Collections.Generic;
using Mono.Cecil;
using TechLead.Rules.Members;
using TechLead.Rules.Selectors;

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
    string DocumentationId)
{
    /// <summary>
    /// For <c>type-not</c> (rules/0069): the value type's definition first, then its generic arguments' definitions; empty
    /// when the value type is not a named type. Only names and scopes are read from them, so they outlive their module.
    /// </summary>
    public IReadOnlyList<TypeReference> ValueTypeDefinitions { get; init; } = [];

    /// <summary>A method, property or event the user wrote with <c>override</c> (selected only with <c>include-overrides</c>, rules/0069).</summary>
    public bool IsOverride { get; init; }
}

/// <summary>
/// Shows <see cref="DeclaredMember"/>s to the rule core; <paramref name="find"/> turns a value type reference into the
/// engine's type handle (null when the engine cannot), so <c>type-not</c> selectors match it as they match any type.
/// </summary>
internal sealed class DeclaredMemberModel<TType>(ITypeModel<TType> types, Func<TypeReference, TType?> find) : IMemberModel<DeclaredMember>
{
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

    public bool IsOverride(DeclaredMember member) => member.IsOverride;

    public string? FindSelectedValueType(DeclaredMember member, TypeSelector selector)
    {
        var definitions = member.ValueTypeDefinitions;
        if (definitions.Count == 0 || find(definitions[0]) is not { } valueType)
        {
            return null;
        }

        var arguments = new List<TType>(definitions.Count - 1);
        for (var i = 1; i < definitions.Count; i++)
        {
            if (find(definitions[i]) is { } argument)
            {
                arguments.Add(argument);
            }
        }

        return MemberValueTypes.FindSelected(valueType, arguments, selector, types);
    }
}
