using System.Collections.Generic;
using TechLead.Rules.Model;
using TechLead.Rules.Parsing;
using TechLead.Rules.Selectors;

namespace TechLead.Rules.Evaluation;

/// <summary>Checks the type-level rules (TL0201–TL0205) on one type.</summary>
public static class TypeRuleChecker
{
    /// <summary>
    /// The violation message, or null when the type complies or is not selected.
    /// <paramref name="regexTimedOut"/> is set when a naming pattern exceeded its timeout (report TL9002).
    /// </summary>
    public static string? Check<TType>(TypeRule rule, TType type, ITypeModel<TType> model, out bool regexTimedOut)
    {
        regexTimedOut = false;
        if (!rule.Types.Matches(type, model))
        {
            return null;
        }

        var name = model.GetFullName(type);
        switch (rule)
        {
            case NamingRule naming:
                if (!RegexFactory.TryMatch(naming.Pattern, StripArity(model.GetName(type)), out var matches))
                {
                    regexTimedOut = true;
                    return null;
                }

                return matches ? null : ViolationMessages.Naming(rule, name, naming.Pattern.ToString());

            case InheritanceRule inheritance:
                var related = inheritance.RequiresInterface ? model.GetAllInterfaces(type) : model.GetBaseClasses(type);
                foreach (var candidate in related)
                {
                    if (inheritance.Type.IsMatch(model.GetFullName(candidate)))
                    {
                        return null;
                    }
                }

                return ViolationMessages.Inheritance(rule, name, inheritance.Type.Text, inheritance.RequiresInterface);

            case AttributesRule attributes:
                var (missing, present) = FindAttributeProblems(attributes, type, model);
                return missing.Count + present.Count == 0 ? null : ViolationMessages.Attributes(rule, name, missing, present);

            case ModifiersRule modifiers:
                var unmet = FindUnmetModifiers(modifiers.Requirements, type, model);
                return unmet.Count == 0 ? null : ViolationMessages.Modifier(rule, name, unmet);

            case PlacementRule placement:
                return placement.Namespace.IsMatch(model.GetNamespace(type)) ? null : ViolationMessages.Placement(rule, name, placement.Namespace.Text);

            default:
                return null;
        }
    }

    /// <summary>The simple name without generic arity: naming patterns see <c>Repository</c>, not <c>Repository`1</c>.</summary>
    public static string StripArity(string name)
    {
        var tick = name.IndexOf('`');
        return tick < 0 ? name : name.Substring(0, tick);
    }

    private static bool HasAttribute<TType>(TType type, ITypeModel<TType> model, GlobPattern attribute)
    {
        foreach (var candidate in model.GetAttributeClasses(type))
        {
            if (attribute.IsMatch(model.GetFullName(candidate)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Every requirement of a <c>modifiers</c> rule the type does not meet, in the order static, sealed,
    /// abstract, visibility, immutable, as messages spell them (<c>sealed</c>, <c>immutable ('Name' is settable)</c>);
    /// empty when the type complies. One diagnostic lists them all, so a fix does not reveal the next one.
    /// </summary>
    public static IReadOnlyList<string> FindUnmetModifiers<TType>(ModifierRequirements wanted, TType type, ITypeModel<TType> model)
    {
        var unmet = new List<string>();
        if (wanted.Static is { } isStatic && model.IsStatic(type) != isStatic)
        {
            unmet.Add(isStatic ? "static" : "non-static");
        }

        // A static class cannot be derived from either: it satisfies "sealed" (engines disagree on whether it is sealed).
        if (wanted.Sealed is { } isSealed && (model.IsSealed(type) || model.IsStatic(type)) != isSealed)
        {
            unmet.Add(isSealed ? "sealed" : "unsealed");
        }

        if (wanted.Abstract is { } isAbstract && model.IsAbstract(type) != isAbstract)
        {
            unmet.Add(isAbstract ? "abstract" : "non-abstract");
        }

        if (wanted.Visibility is { } visibility && model.GetVisibility(type) != visibility)
        {
            unmet.Add(visibility == TypeVisibility.Public ? "public" : "internal");
        }

        if (wanted.Immutable && model.FindSettableInstanceMember(type) is { } settable)
        {
            unmet.Add($"immutable ('{settable}' is settable)");
        }

        return unmet;
    }

    /// <summary>
    /// The TL0204 <see cref="DiagnosticProperties.Requirements"/> value for code fixes: the first word of each
    /// unmet requirement, comma-separated (<c>sealed,internal</c>).
    /// </summary>
    public static string RequirementsProperty(IReadOnlyList<string> unmet)
    {
        var keywords = new string[unmet.Count];
        for (var i = 0; i < unmet.Count; i++)
        {
            var space = unmet[i].IndexOf(' ');
            keywords[i] = space < 0 ? unmet[i] : unmet[i].Substring(0, space);
        }

        return string.Join(",", keywords);
    }

    /// <summary>The required attributes the type lacks and the forbidden ones it carries, each in the rule's order.</summary>
    private static (List<string> Missing, List<string> Present) FindAttributeProblems<TType>(AttributesRule rule, TType type, ITypeModel<TType> model)
    {
        var missing = new List<string>();
        foreach (var required in rule.Require)
        {
            if (!HasAttribute(type, model, required))
            {
                missing.Add(required.Text);
            }
        }

        var present = new List<string>();
        foreach (var forbidden in rule.Forbid)
        {
            if (HasAttribute(type, model, forbidden))
            {
                present.Add(forbidden.Text);
            }
        }

        return (missing, present);
    }
}
