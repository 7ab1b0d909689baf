using System.Collections.Generic;
using TechLead.Rules.Selectors;

namespace TechLead.Rules.Members;

/// <summary>
/// How an engine shows a declared member to the rule core (the <c>members</c> kind), as <see cref="Selectors.ITypeModel{TType}"/>
/// shows types. An engine only offers the members the user declared (rules/0036): no overrides, explicit interface
/// implementations or compiler-generated members.
/// </summary>
/// <typeparam name="TMember">The engine's member handle.</typeparam>
public interface IMemberModel<TMember>
{
    /// <summary>The name as declared; a constructor's is its type's simple name without generic arity.</summary>
    string GetName(TMember member);

    /// <summary>Exactly one kind.</summary>
    MemberKind GetKind(TMember member);

    MemberVisibility GetVisibility(TMember member);

    bool IsStatic(TMember member);

    /// <summary>Declared <c>async</c> (an async method or async iterator).</summary>
    bool IsAsync(TMember member);

    /// <summary>
    /// The return, property or field type (<see cref="MemberTypeNames"/> spells it); null for constructors and events.
    /// </summary>
    string? GetValueTypeName(TMember member);

    /// <summary>The <c>T</c> of a <c>Task&lt;T&gt;</c> or <c>ValueTask&lt;T&gt;</c> value type, else null.</summary>
    string? GetAwaitedTypeName(TMember member);

    /// <summary>Parameters of a method or constructor (an extension method's receiver counts); 0 for other kinds.</summary>
    int GetParameterCount(TMember member);

    /// <summary>Full names of the attribute classes the user applied to the member itself.</summary>
    IEnumerable<string> GetAttributeNames(TMember member);

    /// <summary>
    /// True for a method, property or event the user wrote with <c>override</c> (a selector with <c>include-overrides: true</c>
    /// selects it, rules/0069); engines offer overrides only where such a selector may see them.
    /// </summary>
    bool IsOverride(TMember member);

    /// <summary>True for a property with a public <c>set</c> accessor (an <c>init</c> accessor is not one).</summary>
    bool HasPublicSetter(TMember member);

    /// <summary>
    /// For <c>type-not</c>: the full name of the member's value type, or of one of its generic arguments, that
    /// <paramref name="selector"/> picks (<see cref="MemberValueTypes.FindSelected"/> decides which types count); null when
    /// none is, and for constructors and events.
    /// </summary>
    string? FindSelectedValueType(TMember member, TypeSelector selector);
}
