using TechLead.Rules.Model;
using TechLead.Rules.Selectors;

namespace TechLead.Rules.Evaluation;

/// <summary>Checks the type-level rules (TL0201–TL0205) on one type: the rule's selector here, its kind's own check in its kind file.</summary>
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

        return rule.CheckSelected(type, model, out regexTimedOut);
    }

    /// <summary>The simple name without generic arity: naming patterns see <c>Repository</c>, not <c>Repository`1</c>.</summary>
    public static string StripArity(string name)
    {
        var tick = name.IndexOf('`');
        return tick < 0 ? name : name.Substring(0, tick);
    }
}
