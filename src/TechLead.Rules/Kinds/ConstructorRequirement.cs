using System.Collections.Generic;
using System.Globalization;
using TechLead.Rules.Members;
using TechLead.Rules.Selectors;

namespace TechLead.Rules.Model;

/// <summary>
/// <c>constructors: private</c> or <c>non-public</c> of a <c>modifiers</c> rule (rules/0052): which instance constructors a
/// type may have, counting the ones C# adds, as reflection's <c>GetConstructors</c> sees them. The one place that decides
/// which constructor breaks it and how the message names it, for every engine.
/// </summary>
public static class ConstructorRequirement
{
    /// <summary>
    /// The constructor that breaks the requirement, or null. With several, the most visible one with the fewest
    /// parameters, so every engine names the same one whatever order it lists them in.
    /// </summary>
    public static InstanceConstructor? FindBreaking(ConstructorVisibility wanted, IEnumerable<InstanceConstructor> constructors)
    {
        InstanceConstructor? found = null;
        foreach (var constructor in constructors)
        {
            var breaks = wanted == ConstructorVisibility.Private
                ? constructor.Visibility != MemberVisibility.Private
                : constructor.Visibility == MemberVisibility.Public;
            if (breaks && (found is not { } best || Rank(constructor).CompareTo(Rank(best)) < 0))
            {
                found = constructor;
            }
        }

        return found;
    }

    /// <summary>The unmet requirement as the message lists it: <c>constructible only privately (it has a public constructor with 2 parameters)</c>.</summary>
    public static string Unmet(ConstructorVisibility wanted, InstanceConstructor breaking)
    {
        var parameters = breaking.Parameters switch
        {
            0 => "no parameters",
            1 => "1 parameter",
            var n => n.ToString(CultureInfo.InvariantCulture) + " parameters",
        };
        var how = wanted == ConstructorVisibility.Private ? "only privately" : "only non-publicly";
        var visibility = (Spellings.MemberVisibilities.NameOf(breaking.Visibility) ?? "private").Replace('-', ' ');
        var article = breaking.Visibility == MemberVisibility.Internal ? "an" : "a";
        return $"constructible {how} (it has {article} {visibility} constructor with {parameters})";
    }

    private static (int Visibility, int Parameters) Rank(InstanceConstructor constructor) => (constructor.Visibility switch
    {
        MemberVisibility.Public => 0,
        MemberVisibility.ProtectedInternal => 1,
        MemberVisibility.Internal => 2,
        MemberVisibility.Protected => 3,
        MemberVisibility.PrivateProtected => 4,
        _ => 5,
    }, constructor.Parameters);
}

/// <summary>What <c>constructors:</c> allows: only private instance constructors, or none that is public.</summary>
public enum ConstructorVisibility
{
    Private,
    NonPublic,
}
