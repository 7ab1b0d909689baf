using System;
using System.Collections.Generic;
using System.Linq;
using TechLead.Rules.Writing;

namespace TechLead.Cli.Inferring;

/// <summary>
/// Per namespace, the name ending its types share (<c>*Repository</c> in <c>Shop.Infrastructure.Persistence.Repositories</c>),
/// or the two endings they share between them (<c>*Request</c> and <c>*Response</c> in a contracts namespace):
/// a <c>naming</c> rule over <c>{ namespace: N }</c>, with the odd ones out as exceptions. And across the solution, the
/// .NET convention that interface names start with <c>I</c>, where the code follows it (a rule teams write first).
/// </summary>
internal static class NamingProposer
{
    public static IEnumerable<Proposal> Propose(CodeFacts facts)
    {
        if (InterfacePrefix(facts) is { } prefix)
        {
            yield return prefix;
        }

        foreach (var group in facts.Types.GroupBy(t => t.Namespace, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var types = group.ToList();
            if (group.Key.Length == 0 || types.Count < InferThresholds.MinTypes)
            {
                continue;
            }

            var bySuffix = types.Where(t => t.Suffix.Length > 0).GroupBy(t => t.Suffix, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
            if (bySuffix.Count == 0)
            {
                continue;
            }

            var suffixes = new List<string> { bySuffix[0].Key };
            if (!InferThresholds.Holds(bySuffix[0].Count(), types.Count) && bySuffix.Count > 1 && bySuffix[1].Count() > 1)
            {
                suffixes.Add(bySuffix[1].Key);
            }

            var conforming = types.Where(t => suffixes.Contains(t.Suffix)).ToList();
            if (!InferThresholds.Holds(conforming.Count, types.Count))
            {
                continue;
            }

            var endings = string.Join(" or ", suffixes.Select(s => $"'{s}'"));
            var evidence = $"the names of the types in {group.Key} end in {endings}";
            var pattern = (suffixes.Count == 1 ? suffixes[0] : "(" + string.Join("|", suffixes) + ")") + (conforming.Any(t => t.Name.Contains('`', StringComparison.Ordinal)) ? "(`[0-9]+)?$" : "$");
            var proposal = new Proposal(RuleIds.FromText($"{group.Key} names"), "naming", evidence, types.Select(t => t.FullName).ToList(), allowsExceptions: true, (id, except) =>
                new RuleDraft(id, "naming")
                    .With("types", SelectorDraft.Where(("namespace", group.Key)).ToYaml(except))
                    .With("pattern", pattern));
            foreach (var odd in types.Except(conforming))
            {
                proposal.Except(odd.FullName, $"its name does not end in {endings}");
            }

            yield return proposal;
        }
    }

    /// <summary>Interface names start with <c>I</c> and a capital (<c>IOrderRepository</c>), when at least 80% do.</summary>
    private static Proposal? InterfacePrefix(CodeFacts facts)
    {
        var interfaces = facts.Types.Where(t => t.Kind == TechLead.Rules.Selectors.SelectorTypeKind.Interface).ToList();
        var conforming = interfaces.Where(t => t.Name.Length > 1 && t.Name[0] == 'I' && char.IsUpper(t.Name[1])).ToList();
        if (!InferThresholds.Holds(conforming.Count, interfaces.Count))
        {
            return null;
        }

        var proposal = new Proposal("interfaces-start-with-i", "naming", $"the names of the solution's {interfaces.Count} interfaces start with 'I' and a capital", interfaces.Select(t => t.FullName).ToList(), allowsExceptions: true, (id, except) =>
            new RuleDraft(id, "naming")
                .With("types", SelectorDraft.Where(("kind", "interface")).ToYaml(except))
                .With("pattern", "^I[A-Z]"));
        foreach (var odd in interfaces.Except(conforming))
        {
            proposal.Except(odd.FullName, "its name does not start with 'I' and a capital");
        }

        return proposal;
    }
}
