using System.Collections.Generic;
using TechLead.Rules.Model;
using TechLead.Rules.Selectors;

namespace TechLead.Rules.Evaluation;

/// <summary>
/// A pairwise dependency rule (layers, forbid, allow-only, independent) compiled for checking one
/// reference at a time. Engines ask <see cref="AppliesTo"/> once per source type and then
/// <see cref="Check"/> per reference, so unrelated rules cost nothing per reference.
/// </summary>
public abstract class DependencyConstraint
{
    private protected DependencyConstraint(Rule rule) => Rule = rule;

    public Rule Rule { get; }

    /// <summary>Full-name prefixes one of which a source type must have for the rule to apply; empty = any.</summary>
    public abstract IReadOnlyList<string> FromPrefixes { get; }

    /// <summary>
    /// Full-name prefixes one of which a type referenced from <paramref name="source"/> must have to break the rule;
    /// null when any type may (an allow-list is broken by every type it does not list), empty when none can. Lets an
    /// engine skip references that cannot matter without resolving them. Call it for a source the rule applies to.
    /// </summary>
    public abstract IReadOnlyList<string>? TargetPrefixesFrom<TType>(TType source, ITypeModel<TType> model);

    /// <summary>Whether references from <paramref name="source"/> can violate the rule at all.</summary>
    public abstract bool AppliesTo<TType>(TType source, ITypeModel<TType> model);

    /// <summary>The violation message for a reference source → target, or null when it is allowed.</summary>
    public abstract string? Check<TType>(TType source, TType target, ITypeModel<TType> model);

    /// <summary>
    /// Whether one of the rule's selectors names <paramref name="type"/>: matches it and spells out where it lives
    /// (<c>Microsoft.EntityFrameworkCore.**</c> names EF Core; <c>**.I*Repository</c> names no namespace). Reports draw
    /// the external types a rule names, not every library the code touches.
    /// </summary>
    public abstract bool Names<TType>(TType type, ITypeModel<TType> model);

    /// <summary>Compiles the pairwise rules among <paramref name="rules"/>; other kinds are skipped.</summary>
    public static IReadOnlyList<DependencyConstraint> Compile(IEnumerable<Rule> rules)
    {
        var constraints = new List<DependencyConstraint>();
        foreach (var rule in rules)
        {
            switch (rule)
            {
                case ForbidRule forbid:
                    constraints.Add(new ForbidConstraint(forbid));
                    break;
                case AllowOnlyRule allowOnly:
                    constraints.Add(new AllowOnlyConstraint(allowOnly));
                    break;
                case LayersRule layers:
                    constraints.Add(new GroupConstraint(layers, layers.Layers, layers.Strict));
                    break;
                case IndependentRule independent:
                    constraints.Add(new GroupConstraint(independent, independent.Modules, strict: false));
                    break;
            }
        }

        return constraints;
    }

    private protected static IReadOnlyList<string> UnionPrefixes(IEnumerable<TypeSelector> selectors)
    {
        var prefixes = new List<string>();
        foreach (var selector in selectors)
        {
            if (selector.RequiredPrefixes.Count == 0)
            {
                return [];
            }

            prefixes.AddRange(selector.RequiredPrefixes);
        }

        return prefixes;
    }

    private protected static bool Names<TType>(TypeSelector selector, TType type, ITypeModel<TType> model) =>
        selector.RequiredPrefixes.Count > 0 && selector.Matches(type, model);

    private sealed class ForbidConstraint(ForbidRule rule) : DependencyConstraint(rule)
    {
        public override IReadOnlyList<string> FromPrefixes => rule.From.RequiredPrefixes;

        public override IReadOnlyList<string>? TargetPrefixesFrom<TType>(TType source, ITypeModel<TType> model) =>
            rule.To.RequiredPrefixes.Count == 0 ? null : rule.To.RequiredPrefixes;

        public override bool AppliesTo<TType>(TType source, ITypeModel<TType> model) => rule.From.Matches(source, model);

        public override bool Names<TType>(TType type, ITypeModel<TType> model) => Names(rule.From, type, model) || Names(rule.To, type, model);

        public override string? Check<TType>(TType source, TType target, ITypeModel<TType> model) =>
            rule.To.Matches(target, model) ? ViolationMessages.Forbidden(rule, model.GetFullName(source), model.GetFullName(target)) : null;
    }

    private sealed class AllowOnlyConstraint(AllowOnlyRule rule) : DependencyConstraint(rule)
    {
        public override IReadOnlyList<string> FromPrefixes => rule.From.RequiredPrefixes;

        public override IReadOnlyList<string>? TargetPrefixesFrom<TType>(TType source, ITypeModel<TType> model) => null;

        public override bool AppliesTo<TType>(TType source, ITypeModel<TType> model) => rule.From.Matches(source, model);

        // also-allow is an exemption (typically System.**), not what the rule is about.
        public override bool Names<TType>(TType type, ITypeModel<TType> model) => Names(rule.From, type, model) || Names(rule.To, type, model);

        public override string? Check<TType>(TType source, TType target, ITypeModel<TType> model) =>
            rule.To.Matches(target, model) || rule.From.Matches(target, model) || rule.AlsoAllow.Matches(target, model)
                ? null
                : ViolationMessages.OutsideAllowList(rule, model.GetFullName(source), model.GetFullName(target));
    }

    /// <summary>Layers (ordered, top first) and modules (unordered, mutually independent).</summary>
    private sealed class GroupConstraint : DependencyConstraint
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
}
