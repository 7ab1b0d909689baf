using System.Collections.Generic;

namespace TechLead.Rules.Members;

/// <summary>Facts about a member shared by the selector and the conditions of a <c>members</c> rule.</summary>
internal static class MembersCheck
{
    /// <summary>
    /// Whether the member's value type matches any glob: its own type, or for <c>Task&lt;T&gt;</c> / <c>ValueTask&lt;T&gt;</c>
    /// also <c>T</c> (an async action "returns" its result, rules/0036).
    /// </summary>
    public static bool ReturnsAny<TMember>(TMember member, IMemberModel<TMember> model, IReadOnlyList<MemberTypeGlob> globs)
    {
        var type = model.GetValueTypeName(member);
        if (type is null)
        {
            return false;
        }

        var awaited = model.GetAwaitedTypeName(member);
        foreach (var glob in globs)
        {
            if (glob.IsMatch(type) || (awaited is not null && glob.IsMatch(awaited)))
            {
                return true;
            }
        }

        return false;
    }

    public static bool HasAttribute<TMember>(TMember member, IMemberModel<TMember> model, MemberTypeGlob attribute)
    {
        foreach (var name in model.GetAttributeNames(member))
        {
            if (attribute.IsMatch(name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How messages name a member: <c>method 'Shop.Order.Get'</c>, <c>constructor 'Shop.Order'</c>.</summary>
    public static string Describe<TMember>(TMember member, IMemberModel<TMember> model, string declaringType) => model.GetKind(member) switch
    {
        MemberKind.Constructor => (model.IsStatic(member) ? "static constructor '" : "constructor '") + declaringType + "'",
        var kind => $"{KindWord(kind)} '{declaringType}.{model.GetName(member)}'",
    };

    public static string KindWord(MemberKind kind) => kind switch
    {
        MemberKind.Method => "method",
        MemberKind.Property => "property",
        MemberKind.Field => "field",
        MemberKind.Constructor => "constructor",
        _ => "event",
    };
}
