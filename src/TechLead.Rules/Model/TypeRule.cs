using TechLead.Rules.Selectors;

namespace TechLead.Rules.Model;

/// <summary>A rule checked on each selected type on its own (TL0201–TL0205).</summary>
public abstract class TypeRule : Rule
{
    private protected TypeRule(RuleHeader header, TypeSelector types)
        : base(header) => Types = types;

    /// <summary>The types the rule constrains.</summary>
    public TypeSelector Types { get; }
}
