namespace TechLead.Rules.Selectors;

/// <summary>
/// One public field or property of a type or of one of its base classes, as an engine reads it for
/// <c>immutable: public-members</c> (rules/0062). A property is public when one of its accessors is.
/// </summary>
public readonly struct PublicStateMember(string name, bool isProperty, bool isStatic, bool isReadOnlyOrConst, SetAccessor setter, int depth, string declaringType)
{
    /// <summary>The metadata name (an indexer is <c>Item</c>).</summary>
    public string Name { get; } = name;

    public bool IsProperty { get; } = isProperty;

    public bool IsStatic { get; } = isStatic;

    /// <summary>For a field: readonly or const; a field that is neither can be assigned.</summary>
    public bool IsReadOnlyOrConst { get; } = isReadOnlyOrConst;

    /// <summary>For a property: its set or init accessor of any accessibility, if it has one.</summary>
    public SetAccessor Setter { get; } = setter;

    /// <summary>0 for a member the type declares, 1 for its base class's, and so on up the chain.</summary>
    public int Depth { get; } = depth;

    /// <summary>The full name (<see cref="ITypeModel{TType}.GetFullName"/>) of the type that declares the member.</summary>
    public string DeclaringType { get; } = declaringType;
}

/// <summary>The accessor that writes a property, whatever its accessibility.</summary>
public enum SetAccessor
{
    None,
    Set,
    Init,
}
