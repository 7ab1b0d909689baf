using TechLead.Rules.Selectors;

namespace TechLead.Rules.Model;

/// <summary>
/// A rule checked on each selected type on its own (TL0201–TL0205). Each kind's file (src/TechLead.Rules/Kinds)
/// says how it checks a type and words the message; <see cref="Evaluation.TypeRuleChecker"/> selects the types.
/// </summary>
public abstract class TypeRule : Rule
{
    private protected TypeRule(RuleHeader header, TypeSelector types)
        : base(header) => Types = types;

    /// <summary>The types the rule constrains.</summary>
    public TypeSelector Types { get; }

    /// <summary>
    /// The violation message for a type the rule selects, or null when it complies. <paramref name="regexTimedOut"/>
    /// is set when a pattern exceeded its match timeout (no message then: the engine reports TL9002).
    /// </summary>
    internal abstract string? CheckSelected<TType>(TType type, ITypeModel<TType> model, out bool regexTimedOut);
}
