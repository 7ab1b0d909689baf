using System.Collections.Generic;
using TechLead.Rules.Model;
using TechLead.Rules.Selectors;

namespace TechLead.Rules.Evaluation;

/// <summary>A <c>diagram</c> rule: a reference between two components must follow an arrow of the diagram.</summary>
internal sealed class DiagramConstraint : DependencyConstraint
{
    private readonly DiagramRule rule;
    private readonly IReadOnlyList<string> prefixes;

    public DiagramConstraint(DiagramRule rule)
        : base(rule)
    {
        this.rule = rule;
        var selectors = new List<TypeSelector>(rule.Components.Count);
        foreach (var component in rule.Components)
        {
            selectors.Add(component.Types);
        }

        prefixes = UnionPrefixes(selectors);
    }

    public override IReadOnlyList<string> FromPrefixes => prefixes;

    /// <summary>Only a type in a component the source's component has no arrow to can break the rule.</summary>
    public override IReadOnlyList<string>? TargetPrefixesFrom<TType>(TType source, ITypeModel<TType> model)
    {
        var from = rule.ComponentOf(source, model);
        var targets = new List<string>();
        foreach (var to in rule.Components)
        {
            if (from is not null && rule.Allows(from, to))
            {
                continue;
            }

            if (to.Types.RequiredPrefixes.Count == 0)
            {
                return null;
            }

            targets.AddRange(to.Types.RequiredPrefixes);
        }

        return targets;
    }

    public override bool AppliesTo<TType>(TType source, ITypeModel<TType> model) => rule.ComponentOf(source, model) is not null;

    public override string? Check<TType>(TType source, TType target, ITypeModel<TType> model)
    {
        if (rule.ComponentOf(source, model) is not { } from || rule.ComponentOf(target, model) is not { } to || rule.Allows(from, to))
        {
            return null;
        }

        return rule.Message(model.GetFullName(source), from, model.GetFullName(target), to);
    }

    public override bool Names<TType>(TType type, ITypeModel<TType> model)
    {
        foreach (var component in rule.Components)
        {
            if (Names(component.Types, type, model))
            {
                return true;
            }
        }

        return false;
    }
}
