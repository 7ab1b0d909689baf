using TechLead.Rules.Writing;

namespace TechLead.Cli.Importing.TestCode.CustomChecks;

/// <summary>
/// A requirement on every selected type that custom code checks and a TechLead rule states with the same meaning:
/// <c>modifiers</c> with <c>sealed: true</c> (reflection's <c>IsSealed</c>, as NetArchTest's <c>BeSealed()</c> reads it)
/// or <c>visibility: internal</c> (not <c>IsPublic</c>, as NetArchTest's <c>NotBePublic()</c>).
/// </summary>
internal sealed record TypeRequirement(string Kind, string Key, string Value)
{
    public static readonly TypeRequirement Sealed = new("modifiers", "sealed", "true");

    public static readonly TypeRequirement NotPublic = new("modifiers", "visibility", "internal");

    public RuleDraft ToRule(string id, YamlDraftNode types) => new RuleDraft(id, Kind).With("types", types).With(Key, Value);
}
