using System.Collections.Generic;
using TechLead.Rules.Model;
using TechLead.Rules.Selectors;

namespace TechLead.Rules.Evaluation;

/// <summary>Layers (ordered, top first) and modules (unordered, mutually independent).</summary>
internal sealed class GroupConstraint : DependencyConstraint
{
    private readonly IReadOnlyList<NamedTypeGroup> groups;
    private readonly bool strict;
    private readonly bool ordered;
    private readonly IReadOnlyList<string> prefixes;

    public GroupConstraint(Rule rule, IReadOnlyList<NamedTypeGroup> groups, bool strict)
        : base(rule)
    {
        this.groups = groups;
        this.strict = strict;
        ordered = rule.Kind == RuleKind.Layers;
        var selectors = new List<TypeSelector>(groups.Count);
        foreach (var group in groups)
        {
            selectors.Add(group.Types);
        }

        prefixes = UnionPrefixes(selectors);
    }

    public override IReadOnlyList<string> FromPrefixes => prefixes;

    /// <summary>Only a type in a group this source may not use can break the rule: the groups it may use are left out.</summary>
    public override IReadOnlyList<string>? TargetPrefixesFrom<TType>(TType source, ITypeModel<TType> model)
    {
        var fromIndex = IndexOf(source, model);
        var targets = new List<string>();
        for (var toIndex = 0; toIndex < groups.Count; toIndex++)
        {
            if (toIndex == fromIndex || (ordered && fromIndex >= 0 && IsAllowed(fromIndex, toIndex)))
            {
                continue;
            }

            if (groups[toIndex].Types.RequiredPrefixes.Count == 0)
            {
                return null;
            }

            targets.AddRange(groups[toIndex].Types.RequiredPrefixes);
        }

        return targets;
    }

    public override bool AppliesTo<TType>(TType source, ITypeModel<TType> model) => IndexOf(source, model) >= 0;

    public override bool Names<TType>(TType type, ITypeModel<TType> model)
    {
        foreach (var group in groups)
        {
            if (Names(group.Types, type, model))
            {
                return true;
            }
        }

        return false;
    }

    public override string? Check<TType>(TType source, TType target, ITypeModel<TType> model)
    {
        var fromIndex = IndexOf(source, model);
        var toIndex = IndexOf(target, model);
        if (fromIndex < 0 || toIndex < 0 || fromIndex == toIndex)
        {
            return null;
        }

        if (ordered)
        {
            return IsAllowed(fromIndex, toIndex) ? null : ViolationMessages.Layer(Rule, model.GetFullName(source), groups[fromIndex].Name, model.GetFullName(target), groups[toIndex].Name);
        }

        return ViolationMessages.ModuleDependency(Rule, model.GetFullName(source), groups[fromIndex].Name, model.GetFullName(target), groups[toIndex].Name);
    }

    /// <summary>Between two different layers: a layer may use the next one (strict) or any below it (relaxed).</summary>
    private bool IsAllowed(int fromIndex, int toIndex) => strict ? toIndex == fromIndex + 1 : toIndex > fromIndex;

    /// <summary>The first group that selects the type (a type in two layers belongs to the upper one).</summary>
    private int IndexOf<TType>(TType type, ITypeModel<TType> model)
    {
        for (var i = 0; i < groups.Count; i++)
        {
            if (groups[i].Types.Matches(type, model))
            {
                return i;
            }
        }

        return -1;
    }
}
