using System.Collections.Generic;

namespace TechLead.Cli.Inferring;

/// <summary>
/// One thing the members of a role share (sealed, an attribute, an interface), and the members that do not:
/// <paramref name="Kind"/> is the rule kind it goes into, <paramref name="Key"/> the field or type it names.
/// </summary>
internal sealed record RoleRequirement(RoleGroup Group, string Kind, string Key, string Wording, IReadOnlyList<TypeFact> Missing);
