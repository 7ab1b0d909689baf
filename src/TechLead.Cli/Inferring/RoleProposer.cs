using System;
using System.Collections.Generic;
using System.Linq;
using TechLead.Rules.Selectors;
using TechLead.Rules.Writing;

namespace TechLead.Cli.Inferring;

/// <summary>
/// What the members of a role (<see cref="RoleGroups"/>) already share: modifiers (all sealed, static, internal,
/// immutable), attributes (all have <c>[ApiController]</c>), an interface (<c>must-implement</c>) or a base class
/// (<c>must-inherit</c>). A requirement is dropped when a larger role that contains this one already carries it
/// (the larger rule implies it); roles with the same members are proposed once. Types of the <c>System</c>
/// namespaces as interface or base class say nothing about the architecture and are not proposed.
/// </summary>
internal static class RoleProposer
{
    public static IEnumerable<Proposal> Propose(CodeFacts facts)
    {
        var groups = Distinct(RoleGroups.BySuffix(facts).Where(g => g.Members.All(m => m.Kind is SelectorTypeKind.Class or SelectorTypeKind.Record or SelectorTypeKind.Struct))
            .Concat(RoleGroups.ByInterface(facts))
            .Concat(RoleGroups.ByBaseClass(facts)));
        var requirements = groups.SelectMany(g => Requirements(g, facts)).Where(r => Holds(r)).ToList();
        var kept = requirements.Where(r => !requirements.Any(other => Implies(other, r))).ToList();
        foreach (var byGroup in kept.GroupBy(r => r.Group))
        {
            foreach (var proposal in ProposalsFor(byGroup.Key, byGroup.ToList()))
            {
                yield return proposal;
            }
        }
    }

    private static List<RoleGroup> Distinct(IEnumerable<RoleGroup> groups)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return groups.Where(g => seen.Add(string.Join("|", g.Members.Select(m => m.FullName).OrderBy(n => n, StringComparer.Ordinal)))).ToList();
    }

    private static IEnumerable<RoleRequirement> Requirements(RoleGroup group, CodeFacts facts)
    {
        var members = group.Members;
        var allStatic = members.All(m => m.IsStatic);
        if (allStatic)
        {
            yield return new RoleRequirement(group, "modifiers", "static", "static", []);
        }
        else
        {
            yield return new RoleRequirement(group, "modifiers", "sealed", "sealed", members.Where(m => !m.IsSealed).ToList());
            yield return new RoleRequirement(group, "modifiers", "immutable", "immutable", members.Where(m => !m.IsImmutable).ToList());
        }

        yield return new RoleRequirement(group, "modifiers", "visibility", "internal", members.Where(m => m.Visibility != TypeVisibility.Internal).ToList());
        foreach (var attribute in members.SelectMany(m => m.Attributes).Distinct(StringComparer.Ordinal).Where(a => !a.StartsWith("System.Runtime.CompilerServices.", StringComparison.Ordinal)))
        {
            yield return new RoleRequirement(group, "attributes", attribute, $"[{attribute}]", members.Where(m => !m.Attributes.Contains(attribute)).ToList());
        }

        var nearest = group.Source == RoleSource.BaseClass ? null
            : members[0].BaseClasses.FirstOrDefault(b => !IsSystem(b) && members.Count(m => m.BaseClasses.Contains(b)) >= InferThresholds.MinTypes);
        var common = members.SelectMany(m => m.Interfaces).Distinct(StringComparer.Ordinal)
            .Where(i => i != group.Defining && !IsSystem(i))
            .ToList();
        // The most specific only: an interface that another shared one, the shared base class or the defining type brings is implied.
        var bringers = common.Append(nearest).Append(group.Defining).OfType<string>().ToList();
        foreach (var contract in common.Where(i => !bringers.Any(other => other != i && Brings(facts, other, i))))
        {
            yield return new RoleRequirement(group, "must-implement", contract, $"implement {contract}", members.Where(m => !m.Interfaces.Contains(contract)).ToList());
        }

        if (nearest is not null)
        {
            yield return new RoleRequirement(group, "must-inherit", nearest, $"inherit {nearest}", members.Where(m => !m.BaseClasses.Contains(nearest)).ToList());
        }
    }

    private static bool Brings(CodeFacts facts, string type, string contract) =>
        facts.InterfacesOf.TryGetValue(type, out var brought) ? brought.Contains(contract) : facts.Types.Any(t => t.FullName == type && t.Interfaces.Contains(contract));

    private static bool Holds(RoleRequirement requirement) =>
        InferThresholds.Holds(requirement.Group.Members.Count - requirement.Missing.Count, requirement.Group.Members.Count);

    /// <summary>A larger role with every member of this one and the same requirement, holding for all of them.</summary>
    private static bool Implies(RoleRequirement larger, RoleRequirement requirement)
    {
        if (ReferenceEquals(larger, requirement) || larger.Kind != requirement.Kind || larger.Key != requirement.Key || larger.Group.Members.Count <= requirement.Group.Members.Count)
        {
            return false;
        }

        var members = new HashSet<string>(larger.Group.Members.Select(m => m.FullName), StringComparer.Ordinal);
        var missing = new HashSet<string>(larger.Missing.Select(m => m.FullName), StringComparer.Ordinal);
        return requirement.Group.Members.All(m => members.Contains(m.FullName) && !missing.Contains(m.FullName));
    }

    private static IEnumerable<Proposal> ProposalsFor(RoleGroup group, List<RoleRequirement> requirements)
    {
        var covered = group.Members.Select(m => m.FullName).ToList();
        var modifiers = Affordable(requirements.Where(r => r.Kind == "modifiers").ToList(), group);
        if (modifiers.Count > 0)
        {
            var wording = string.Join(" and ", modifiers.Select(m => m.Wording));
            yield return WithExceptions(new Proposal(RuleIds.FromText($"{group.Label} {string.Join(" ", modifiers.Select(m => m.Wording))}"), "modifiers", $"{group.Description} are {wording}", covered, allowsExceptions: true, (id, except) =>
            {
                var draft = new RuleDraft(id, "modifiers").With("types", group.Selector.ToYaml(except));
                foreach (var modifier in modifiers)
                {
                    draft.With(modifier.Key, modifier.Key == "visibility" ? "internal" : "true");
                }

                return draft;
            }), modifiers);
        }

        var attributes = Affordable(requirements.Where(r => r.Kind == "attributes").ToList(), group);
        if (attributes.Count > 0)
        {
            yield return WithExceptions(new Proposal(RuleIds.FromText($"{group.Label} attributes"), "attributes", $"{group.Description} have {string.Join(" and ", attributes.Select(a => a.Wording))}", covered, allowsExceptions: true, (id, except) =>
                new RuleDraft(id, "attributes")
                    .With("types", group.Selector.ToYaml(except))
                    .With("require", attributes.Select(a => a.Key))), attributes);
        }

        foreach (var inheritance in requirements.Where(r => r.Kind is "must-implement" or "must-inherit"))
        {
            yield return WithExceptions(new Proposal(RuleIds.FromText($"{group.Label} {inheritance.Kind.Replace("must-", string.Empty, StringComparison.Ordinal)} {Namespaces.LastSegment(inheritance.Key)}"), inheritance.Kind, $"{group.Description} {inheritance.Wording}", covered, allowsExceptions: true, (id, except) =>
                new RuleDraft(id, inheritance.Kind)
                    .With("types", group.Selector.ToYaml(except))
                    .With("type", inheritance.Key)), [inheritance]);
        }
    }

    /// <summary>The requirements one rule can carry: together they leave out no more than a convention allows.</summary>
    private static List<RoleRequirement> Affordable(List<RoleRequirement> requirements, RoleGroup group)
    {
        var missing = requirements.SelectMany(r => r.Missing).Select(m => m.FullName).Distinct(StringComparer.Ordinal).Count();
        return InferThresholds.Holds(group.Members.Count - missing, group.Members.Count) ? requirements : requirements.Where(r => r.Missing.Count == 0).ToList();
    }

    private static Proposal WithExceptions(Proposal proposal, List<RoleRequirement> requirements)
    {
        foreach (var requirement in requirements)
        {
            foreach (var missing in requirement.Missing)
            {
                proposal.Except(missing.FullName, requirement.Kind switch
                {
                    "modifiers" => $"it is not {requirement.Wording}",
                    "attributes" => $"it does not have {requirement.Wording}",
                    _ => $"it does not {requirement.Wording}",
                });
            }
        }

        return proposal;
    }

    private static bool IsSystem(string fullName) => fullName.StartsWith("System.", StringComparison.Ordinal);
}
