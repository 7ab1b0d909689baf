using System.Collections.Generic;
using TechLead.Rules.Writing;

namespace TechLead.Cli.Inferring;

/// <summary>
/// Types that play one role, the way a rule would select them: by name ending and kind (<c>{ name: "*Handler", kind: class }</c>),
/// by an interface they implement or by a base class they inherit. <see cref="Defining"/> is that interface or base class.
/// </summary>
internal sealed record RoleGroup(string Label, string Description, SelectorDraft Selector, IReadOnlyList<TypeFact> Members, RoleSource Source, string? Defining);

internal enum RoleSource
{
    Suffix,
    Interface,
    BaseClass,
}
