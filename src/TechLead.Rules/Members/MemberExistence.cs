using System.Collections.Generic;
using System.Globalization;
using TechLead.Rules.Evaluation;
using TechLead.Rules.Model;
using TechLead.Rules.Selectors;

namespace TechLead.Rules.Members;

/// <summary>
/// What <c>must-exist: true</c> means (rules/0063): a type the rule's <c>types</c> picks declares at least one member that
/// the member selector selects and that meets every condition. Constructors count when written, and the one C# adds to a
/// class without any counts as metadata holds it (public, protected for an abstract class), as reflection lists it.
/// </summary>
internal static class MemberExistence
{
    public static string? Check<TType, TMember>(MembersRule rule, TType type, ITypeModel<TType> types, IEnumerable<TMember> declared, IMemberModel<TMember> model, out bool regexTimedOut)
    {
        var declaresInstanceConstructor = false;
        foreach (var member in declared)
        {
            if (Meets(rule, member, model, out regexTimedOut))
            {
                return null;
            }

            if (regexTimedOut)
            {
                return null;
            }

            declaresInstanceConstructor |= model.GetKind(member) == MemberKind.Constructor && !model.IsStatic(member);
        }

        regexTimedOut = false;
        if (!declaresInstanceConstructor)
        {
            var implicitModel = new ImplicitConstructorModel(TypeRuleChecker.StripArity(types.GetName(type)));
            foreach (var constructor in types.GetInstanceConstructors(type))
            {
                // Without a written constructor, metadata's parameterless one is the one C# added (a record's copy constructor takes one parameter).
                if (constructor.Parameters == 0 && Meets(rule, constructor, implicitModel, out regexTimedOut))
                {
                    return null;
                }
            }
        }

        return regexTimedOut ? null : ViolationMessages.Wrap(rule, $"'{types.GetFullName(type)}' declares no {Describe(rule)}");
    }

    private static bool Meets<TMember>(MembersRule rule, TMember member, IMemberModel<TMember> model, out bool regexTimedOut) =>
        rule.Members.Selects(member, model, out regexTimedOut) && !regexTimedOut && rule.FindUnmet(member, model, out regexTimedOut) is null && !regexTimedOut;

    /// <summary>The missing member as the message names it: <c>constructor that is private with 0 parameters</c>.</summary>
    internal static string Describe(MembersRule rule)
    {
        var selector = rule.Members;
        var wanted = rule.Conditions;
        var adjectives = new List<string>();
        AddVisibility(adjectives, selector.Visibility);
        AddVisibility(adjectives, wanted.Visibility);
        if (selector.Async is { } isAsync)
        {
            adjectives.Add(isAsync ? "async" : "not async");
        }

        var qualifiers = new List<string>();
        if (selector.Name is { } name)
        {
            qualifiers.Add($"named '{name.Text}'");
        }

        if (selector.NameMatches is { } nameMatches)
        {
            qualifiers.Add($"whose name matches '{nameMatches}'");
        }

        if (wanted.Pattern is { } pattern)
        {
            qualifiers.Add($"whose name matches '{pattern}'");
        }

        AddTypes(qualifiers, "returning", selector.Returns);
        AddTypes(qualifiers, "returning", wanted.Returns);
        AddTypes(qualifiers, "not returning", wanted.ReturnsNot);
        if (wanted.MaxParameters is { } max)
        {
            qualifiers.Add(max == 0 ? "with 0 parameters" : $"with at most {max.ToString(CultureInfo.InvariantCulture)} parameter{(max == 1 ? string.Empty : "s")}");
        }

        foreach (var attribute in selector.HasAttribute)
        {
            qualifiers.Add($"with attribute '{attribute.Text}'");
        }

        foreach (var attribute in wanted.RequireAttribute)
        {
            qualifiers.Add($"with attribute '{attribute.Text}'");
        }

        foreach (var attribute in wanted.ForbidAttribute)
        {
            qualifiers.Add($"without attribute '{attribute.Text}'");
        }

        if (wanted.PublicSetter is { } publicSetter)
        {
            qualifiers.Add(publicSetter ? "with a public setter" : "without a public setter");
        }

        // "instance constructor", "static method": the words C# users say.
        var text = (selector.Static ?? wanted.Static) switch
        {
            true => "static ",
            false => "instance ",
            _ => string.Empty,
        } + Kinds(selector.Kinds);
        if (adjectives.Count > 0)
        {
            text += " that is " + string.Join(" and ", adjectives);
        }

        return qualifiers.Count == 0 ? text : text + " " + string.Join(" ", qualifiers);
    }

    private static string Kinds(MemberKind kinds)
    {
        if (kinds == MemberKind.All)
        {
            return "member";
        }

        var words = new List<string>();
        foreach (var kind in new[] { MemberKind.Constructor, MemberKind.Method, MemberKind.Property, MemberKind.Field, MemberKind.Event })
        {
            if ((kinds & kind) != 0)
            {
                words.Add(MembersCheck.KindWord(kind));
            }
        }

        return string.Join(" or ", words);
    }

    private static void AddVisibility(List<string> adjectives, IReadOnlyList<MemberVisibility> visibility)
    {
        if (visibility.Count == 0)
        {
            return;
        }

        var names = new string[visibility.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = Spellings.MemberVisibilities.NameOf(visibility[i])!;
        }

        adjectives.Add(string.Join(" or ", names));
    }

    private static void AddTypes(List<string> qualifiers, string verb, IReadOnlyList<MemberTypeGlob> globs)
    {
        if (globs.Count == 0)
        {
            return;
        }

        var quoted = new string[globs.Count];
        for (var i = 0; i < quoted.Length; i++)
        {
            quoted[i] = $"'{globs[i].Text}'";
        }

        qualifiers.Add($"{verb} {string.Join(" or ", quoted)}");
    }

    /// <summary>The parameterless constructor C# adds: no attributes, not static, named after its type like a written one.</summary>
    private sealed class ImplicitConstructorModel(string typeName) : IMemberModel<InstanceConstructor>
    {
        public string GetName(InstanceConstructor member) => typeName;

        public MemberKind GetKind(InstanceConstructor member) => MemberKind.Constructor;

        public MemberVisibility GetVisibility(InstanceConstructor member) => member.Visibility;

        public bool IsStatic(InstanceConstructor member) => false;

        public bool IsAsync(InstanceConstructor member) => false;

        public string? GetValueTypeName(InstanceConstructor member) => null;

        public string? GetAwaitedTypeName(InstanceConstructor member) => null;

        public int GetParameterCount(InstanceConstructor member) => member.Parameters;

        public IEnumerable<string> GetAttributeNames(InstanceConstructor member) => [];

        public bool HasPublicSetter(InstanceConstructor member) => false;

        public bool IsOverride(InstanceConstructor member) => false;

        public string? FindSelectedValueType(InstanceConstructor member, TypeSelector selector) => null;
    }
}
