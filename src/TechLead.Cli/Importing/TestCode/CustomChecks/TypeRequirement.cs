using TechLead.Rules.Writing;

namespace TechLead.Cli.Importing.TestCode.CustomChecks;

/// <summary>
/// A requirement on every selected type that custom code checks and a TechLead rule states with the same meaning:
/// <c>modifiers</c> with <c>sealed: true</c> (reflection's <c>IsSealed</c>, as NetArchTest's <c>BeSealed()</c> reads it)
/// or <c>visibility: internal</c> (not <c>IsPublic</c>, as NetArchTest's <c>NotBePublic()</c>), or <c>naming</c> with a
/// pattern (<c>Name.EndsWith("X")</c>, <c>StartsWith</c>, <c>Contains</c>, as the name conditions of the chain translators).
/// </summary>
internal record TypeRequirement(string Kind, string Key, string Value)
{
    public static readonly TypeRequirement Sealed = new("modifiers", "sealed", "true");

    public static readonly TypeRequirement NotPublic = new("modifiers", "visibility", "internal");

    /// <summary>Every instance constructor, the ones C# adds included, is private (reflection: none is <c>!IsPrivate</c>).</summary>
    public static readonly TypeRequirement OnlyPrivateConstructors = new("modifiers", "constructors", "private");

    /// <summary>No instance constructor, the ones C# adds included, is public (reflection: <c>GetConstructors()</c> is empty).</summary>
    public static readonly TypeRequirement NoPublicConstructor = new("modifiers", "constructors", "non-public");

    /// <summary>
    /// No public field that is not readonly, no public property with a set or init accessor, inherited and static ones
    /// included (reflection: <c>GetFields().Any(f =&gt; !f.IsInitOnly) || GetProperties().Any(p =&gt; p.CanWrite)</c>; rules/0062).
    /// </summary>
    public static readonly TypeRequirement PublicMembersImmutable = new("modifiers", "immutable", "public-members");

    /// <summary>
    /// The types are only the list another check compares with (<c>roots.Contains(field.FieldType)</c>), and the rule
    /// imported from that check holds them (<c>type-not</c>, rules/0069): no rule of their own.
    /// </summary>
    public static readonly TypeRequirement HeldByAnotherRule = new("members", "type-not", "held");

    /// <summary><c>naming</c> with the pattern the simple name must match.</summary>
    public static TypeRequirement Naming(string pattern) => new("naming", "pattern", pattern);

    public virtual RuleDraft ToRule(string id, YamlDraftNode types) => new RuleDraft(id, Kind).With("types", types).With(Key, Value);
}
