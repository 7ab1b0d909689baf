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

    /// <summary>Compiles the pairwise rules among <paramref name="rules"/> (each kind's file says how); other kinds are skipped.</summary>
    public static IReadOnlyList<DependencyConstraint> Compile(IEnumerable<Rule> rules)
    {
        var constraints = new List<DependencyConstraint>();
        foreach (var rule in rules)
        {
            if (rule is IPairwiseDependencyRule pairwise)
            {
                constraints.Add(pairwise.Compile());
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
}
