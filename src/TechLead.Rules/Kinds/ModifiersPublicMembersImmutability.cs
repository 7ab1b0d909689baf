using System.Collections.Generic;
using TechLead.Rules.Selectors;

namespace TechLead.Rules.Model;

/// <summary>
/// <c>immutable: public-members</c> (rules/0062): what a suite checks with <c>GetFields()</c>/<c>GetProperties()</c>,
/// <c>IsInitOnly</c> and <c>CanWrite</c>. No public field that is neither readonly nor const, and no public property
/// with a set or init accessor of any accessibility, among the members the type declares and inherits, instance and static.
/// </summary>
public static class PublicMembersImmutability
{
    /// <summary>
    /// What breaks the requirement (<c>public property 'Total' has a setter</c>), or null when nothing does.
    /// A member hides a base member of the same name. The nearest breaking member is named, fields before
    /// properties, then by ordinal name, so every engine names the same one whatever order its metadata lists.
    /// </summary>
    public static string? FindBreaking(IEnumerable<PublicStateMember> members)
    {
        var nearest = new Dictionary<string, PublicStateMember>(System.StringComparer.Ordinal);
        foreach (var member in members)
        {
            if (!nearest.TryGetValue(member.Name, out var seen) || member.Depth < seen.Depth)
            {
                nearest[member.Name] = member;
            }
        }

        PublicStateMember? breaking = null;
        foreach (var member in nearest.Values)
        {
            if (Breaks(member) && (breaking is not { } current || NamedBefore(member, current)))
            {
                breaking = member;
            }
        }

        return breaking is { } found ? Describe(found) : null;
    }

    private static bool Breaks(PublicStateMember member) =>
        member.IsProperty ? member.Setter != SetAccessor.None : !member.IsReadOnlyOrConst;

    private static bool NamedBefore(PublicStateMember candidate, PublicStateMember current)
    {
        if (candidate.Depth != current.Depth)
        {
            return candidate.Depth < current.Depth;
        }

        if (candidate.IsProperty != current.IsProperty)
        {
            return !candidate.IsProperty;
        }

        return string.CompareOrdinal(candidate.Name, current.Name) < 0;
    }

    private static string Describe(PublicStateMember member)
    {
        var what = (member.IsStatic ? "public static " : "public ") + (member.IsProperty ? "property" : "field") + $" '{member.Name}'";
        var inherited = member.Depth > 0 ? $" inherited from '{member.DeclaringType}'" : string.Empty;
        var breaks = !member.IsProperty ? "is not readonly" : member.Setter == SetAccessor.Init ? "has an init accessor" : "has a setter";
        return what + inherited + " " + breaks;
    }
}
