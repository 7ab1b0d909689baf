using System.Text.RegularExpressions;
using TechLead.Rules.Model;
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
                try
                {
                    var simple = StripArity(model.GetName(type));
                    return naming.Pattern.IsMatch(simple) ? null : ViolationMessages.Naming(rule, name, naming.Pattern.ToString());
                }
                catch (RegexMatchTimeoutException)
                {
                    regexTimedOut = true;
                    return null;
                }

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
                foreach (var required in attributes.Require)
                {
                    if (!HasAttribute(type, model, required))
                    {
                        return ViolationMessages.MissingAttribute(rule, name, required.Text);
                    }
                }

                foreach (var forbidden in attributes.Forbid)
                {
                    if (HasAttribute(type, model, forbidden))
                    {
                        return ViolationMessages.ForbiddenAttribute(rule, name, forbidden.Text);
                    }
                }

                return null;

            case ModifiersRule modifiers:
                return FindUnmetModifier(modifiers.Requirements, type, model) is { } requirement ? ViolationMessages.Modifier(rule, name, requirement) : null;

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
    /// The first requirement of a <c>modifiers</c> rule the type does not meet, as messages spell it
    /// (<c>sealed</c>, <c>immutable ('Name' is settable)</c>), or null. Engines put its first word in
    /// the TL0204 <c>requirement</c> property for code fixes.
    /// </summary>
    public static string? FindUnmetModifier<TType>(ModifierRequirements wanted, TType type, ITypeModel<TType> model)
    {
        if (wanted.Static is { } isStatic && model.IsStatic(type) != isStatic)
        {
            return isStatic ? "static" : "non-static";
        }

        // A static class cannot be derived from either: it satisfies "sealed" (engines disagree on whether it is sealed).
        if (wanted.Sealed is { } isSealed && (model.IsSealed(type) || model.IsStatic(type)) != isSealed)
        {
            return isSealed ? "sealed" : "unsealed";
        }

        if (wanted.Abstract is { } isAbstract && model.IsAbstract(type) != isAbstract)
        {
            return isAbstract ? "abstract" : "non-abstract";
        }

        if (wanted.Visibility is { } visibility && model.GetVisibility(type) != visibility)
        {
            return visibility == TypeVisibility.Public ? "public" : "internal";
        }

        if (wanted.Immutable && model.FindSettableInstanceMember(type) is { } settable)
        {
            return $"immutable ('{settable}' is settable)";
        }

        return null;
    }
}
