using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using TechLead.Rules.Writing;

namespace TechLead.Cli.Importing.TestCode;

/// <summary>
/// ArchUnitNET conditions joined with <c>OrShould</c> as TechLead rules of the same meaning. ArchUnitNET folds the
/// conditions left to right without precedence (its <c>ConditionManager</c>): <c>A.OrShould().B.AndShould().C.OrShould().D</c>
/// is <c>((A or B) and C) or D</c>. That fold is a conjunction of clauses, each a disjunction of conditions
/// (<c>(A or B or D) and (C or D)</c>); a type fails when it breaks one clause, so each clause is one rule. A clause
/// "A or B" is the rule for A on the selected types that do not meet B, when "meets B" is a selector (a name, an
/// interface, a modifier, a namespace); name conditions together are one <c>naming</c> rule with the patterns as alternatives.
/// Forbidden dependencies joined with <c>OrShould</c> fail only a type that uses every target, which no rule means.
/// </summary>
internal sealed class OrShouldClauses(TestCodeArguments arguments, Func<ChainSelector> selection, Func<string, ChainSelector, List<ChainLink>, RuleDraft> condition)
{
    // ArchUnitNET's visibilities; TechLead has public and internal ("not public"): every one but public is internal there.
    private static readonly string[] NotPublic = ["BeInternal", "NotBePublic", "BePrivate", "BeProtected", "BePrivateProtected", "BeProtectedInternal"];

    /// <summary>The conditions between <c>Should()</c> and the end as clauses: atoms (one condition each) any of which must hold.</summary>
    public static List<List<List<ChainLink>>> Clauses(IReadOnlyList<ChainLink> conditions)
    {
        // The atoms in order, each with the conjunction written before it.
        var atoms = new List<(bool Or, List<ChainLink> Atom)> { (false, []) };
        foreach (var link in conditions)
        {
            if (link.Name is "AndShould" or "OrShould")
            {
                atoms.Add((link.Name == "OrShould", []));
            }
            else
            {
                atoms[^1].Atom.Add(link);
            }
        }

        var clauses = new List<List<List<ChainLink>>>();
        foreach (var (or, atom) in atoms)
        {
            if (or && clauses.Count > 0)
            {
                // (C1 and C2 ...) or X is (C1 or X) and (C2 or X): the atom joins every clause so far.
                clauses.ForEach(c => c.Add(atom));
            }
            else
            {
                clauses.Add([atom]);
            }
        }

        return clauses;
    }

    public List<RuleDraft> Rules(string id, IReadOnlyList<ChainLink> conditions)
    {
        var rules = new List<RuleDraft>();
        var tautologies = new List<string>();
        foreach (var clause in Clauses(conditions))
        {
            var ruleId = rules.Count == 0 ? id : id + "-" + (rules.Count + 1).ToString(CultureInfo.InvariantCulture);
            if (clause.Count == 1)
            {
                rules.Add(condition(ruleId, selection(), clause[0]));
            }
            else if (Clause(ruleId, clause) is { } rule)
            {
                rules.Add(rule);
            }
            else
            {
                tautologies.Add(Names(clause));
            }
        }

        return rules.Count > 0 ? rules : throw new UntranslatableException(
            $"'{string.Join("', '", tautologies)}' fails only nested types that are private or protected (ArchUnitNET's exact visibilities); TechLead's visibility is public or internal (not public), so every type meets one of them and no rule means the same");
    }

    // One clause of several atoms as one rule; null when it holds for every type as TechLead reads visibility.
    private RuleDraft? Clause(string id, List<List<ChainLink>> clause)
    {
        var names = clause.Select(a => a is [var only] ? only.Name : string.Empty).ToList();
        if (names.All(n => n == "BePublic" || NotPublic.Contains(n)))
        {
            if (names.Contains("BePublic"))
            {
                return names.Any(n => n is "BeInternal" or "NotBePublic") ? null
                    : throw new UntranslatableException($"'{Names(clause)}': public or some nested visibilities has no TechLead selector (its visibility is public or internal)");
            }

            // Private and protected nested types are not public: what TechLead's internal means.
            return names.Contains("BeInternal") || names.Contains("NotBePublic")
                ? condition(id, selection(), [clause[names.FindIndex(n => n is "BeInternal" or "NotBePublic")][0]])
                : throw new UntranslatableException($"'{Names(clause)}': nested visibilities have no TechLead selector");
        }

        if (clause.Count(IsDependency) > 1)
        {
            throw new UntranslatableException(
                $"'{Names(clause)}': forbidden dependencies joined with 'OrShould' fail only a type that uses all of them, while TechLead's forbid flags a type that uses any; if every dependency is forbidden, join them with 'AndShould'");
        }

        return Naming(id, clause) ?? OneCondition(id, clause)
            ?? throw new UntranslatableException(
                $"'{Names(clause)}': a TechLead rule checks one condition on the selected types, and the types that meet the other conditions cannot all be written as a selector to leave out");
    }

    // Name conditions in one naming rule (their patterns as alternatives), on the selected types that meet none of the others.
    private RuleDraft? Naming(string id, List<List<ChainLink>> clause)
    {
        var patterns = new List<string>();
        var others = new List<List<ChainLink>>();
        foreach (var atom in clause)
        {
            if (Try(() => condition(id, selection(), atom)) is { Kind: "naming" } naming && naming.Fields.FirstOrDefault(f => f.Key == "pattern").Value is YamlDraftScalar pattern)
            {
                patterns.Add(pattern.Value);
            }
            else
            {
                others.Add(atom);
            }
        }

        if (patterns.Count == 0 || (patterns.Count == 1 && others.Count > 0) || Without(others) is not { } types)
        {
            return null;
        }

        var joined = patterns.Count == 1 ? patterns[0] : string.Join("|", patterns.Select(p => "(?:" + p + ")"));
        return new RuleDraft(id, "naming").With("types", types.ToYaml()).With("pattern", joined);
    }

    // The rule of one atom on the selected types that meet none of the other atoms, the first atom that allows it.
    private RuleDraft? OneCondition(string id, List<List<ChainLink>> clause)
    {
        for (var i = 0; i < clause.Count; i++)
        {
            var others = clause.Where((_, j) => j != i).ToList();
            if (Without(others) is { } types && Try(() => condition(id, types, clause[i])) is { } rule)
            {
                return rule;
            }
        }

        return null;
    }

    // The selection less the types meeting any of the atoms; null when an atom's types are no selector.
    private ChainSelector? Without(List<List<ChainLink>> atoms)
    {
        var types = selection();
        foreach (var atom in atoms)
        {
            if (atom is not [var link] || Meaning(link) is not { } meaning)
            {
                return null;
            }

            if (!meaning.Negated)
            {
                types.ExcludeEverywhere(SelectorDraft.One(meaning.Key, meaning.Value));
            }
            else if (Try(() => types.RequireEverywhere(meaning.Key, meaning.Value)) is null)
            {
                // Leaving out the types that do not meet it keeps only those that do; the key is taken already.
                return null;
            }
        }

        return types;
    }

    // The selector key of the types that meet a condition, negated for a "Not" condition (those that meet it are the others).
    private (string Key, string Value, bool Negated)? Meaning(ChainLink link)
    {
        var negated = link.Name.StartsWith("Not", StringComparison.Ordinal);
        var name = negated ? link.Name[3..] : link.Name;
        try
        {
            (string, string)? meaning = name switch
            {
                "HaveNameMatching" => ("name-matches", Text(link)),
                "HaveName" when link.Arguments.Count == 1 => ("name-matches", "^" + Regex.Escape(Text(link)) + "$"),
                "HaveNameContaining" when link.Arguments.Count == 1 => ("name-matches", Regex.Escape(Text(link))),
                "HaveNameStartingWith" when link.Arguments.Count == 1 => ("name-matches", "^" + Regex.Escape(Text(link))),
                "HaveNameEndingWith" when link.Arguments.Count == 1 => ("name-matches", Regex.Escape(Text(link)) + "$"),
                "HaveFullName" when link.Arguments.Count == 1 => ("full-name-matches", "^" + Regex.Escape(Text(link)) + "$"),
                "ResideInNamespace" when link.Arguments.Count == 1 => ("namespace-matches", "^" + Regex.Escape(Text(link)) + "$"),
                "ResideInNamespaceMatching" => ("namespace-matches", Text(link)),
                "ImplementInterface" when link.Arguments.Count == 1 => ("implements", arguments.Type(link).FullName),
                "BeSealed" => ("sealed", "true"),
                "BeAbstract" => ("abstract", "true"),
                "BeRecord" => ("kind", "record"),
                "BePublic" => ("visibility", "public"),
                _ => null,
            };
            return meaning is var (key, value) ? (key, value, negated) : null;
        }
        catch (UntranslatableException)
        {
            return null;
        }
    }

    private string Text(ChainLink link) => arguments.String(link);

    private static bool IsDependency(List<ChainLink> atom) => atom.Count > 0 && atom[0].Name.Contains("DependOn", StringComparison.Ordinal);

    private static string Names(List<List<ChainLink>> clause) => string.Join(".OrShould().", clause.Select(a => string.Join(".", a.Select(l => l.Name + "(" + string.Join(", ", l.Arguments) + ")"))));

    private static T? Try<T>(Func<T> make)
        where T : class
    {
        try
        {
            return make();
        }
        catch (UntranslatableException)
        {
            return null;
        }
    }

    private static object? Try(Action act) => Try<object>(() =>
    {
        act();
        return new object();
    });
}
