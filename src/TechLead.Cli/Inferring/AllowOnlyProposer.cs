using System;
using System.Collections.Generic;
using System.Linq;
using TechLead.Rules.Selectors;
using TechLead.Rules.Writing;

namespace TechLead.Cli.Inferring;

/// <summary>
/// Self-contained namespaces: the largest namespace subtrees (<c>Shop.Domain</c>, <c>Shop.Api.Contracts</c>) whose
/// types use no other namespace of the solution. Each becomes an <c>allow-only</c> rule to itself, and its
/// <c>also-allow</c> lists the base library (<c>System.**</c>) and the families of the other libraries it uses today
/// (<see cref="BaseLibraryFamilies"/>), learnt from the analyzer's run: a persistence library or a framework that creeps
/// in later is flagged, the next LINQ or HTTP call is not.
/// </summary>
internal static class AllowOnlyProposer
{
    /// <summary>Where learning stops: a longer list is an inventory, not a decision.</summary>
    public const int MaxAllowedOutside = 12;

    public static IEnumerable<Proposal> Propose(CodeFacts facts)
    {
        var namespaces = facts.Types.Select(t => t.Namespace).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var root = Namespaces.CommonPrefix(namespaces);
        var candidates = namespaces
            .SelectMany(n => Enumerable.Range(1, n.Split('.').Length).Select(length => string.Join('.', n.Split('.').Take(length))))
            .Distinct(StringComparer.Ordinal)
            .Where(n => n.Length > root.Length && n.Contains('.', StringComparison.Ordinal))
            .Where(n => AtMostOneBelowAProjectRoot(n, facts) && !HoldsEveryProjectRoot(n, facts))
            .Where(n => IsSelfContained(n, facts))
            .ToList();
        foreach (var subtree in candidates.Where(c => !candidates.Any(other => other != c && DottedName.IsAtOrUnder(c, other))).OrderBy(c => c, StringComparer.Ordinal))
        {
            var types = facts.Types.Where(t => DottedName.IsAtOrUnder(t.Namespace, subtree)).Select(t => t.FullName).ToList();
            if (types.Count < InferThresholds.MinTypes)
            {
                continue;
            }

            // Narrowed where the code shows a reason; if the subtree itself uses those parts, the analyzer's run adds System.** back.
            var allowed = new List<string> { BaseLibraryFamilies.SolutionKeepsPersistenceApart(facts, subtree) ? NarrowedBaseLibrary : BaseLibraryFamilies.BaseLibrary };
            yield return new Proposal(RuleIds.FromText($"{subtree} self contained"), "allow-only", $"the types in {subtree} use no other namespace of the solution", types, allowsExceptions: false, (id, _) =>
                new RuleDraft(id, "allow-only")
                    .With("from", subtree + ".**")
                    .With("to", subtree + ".**")
                    .With("also-allow", AlsoAllow(allowed)))
            {
                AllowedOutside = allowed,
            };
        }
    }

    /// <summary>How the evidence names the base library without its persistence parts.</summary>
    private const string NarrowedBaseLibrary = "System.** (without System.ComponentModel.DataAnnotations.Schema.** and System.Data.**)";

    /// <summary>
    /// Adds the families the analyzer found used outside the solution. The base library in full replaces its narrowed
    /// form: the namespace uses the persistence parts today, and the evidence names what the rule allows, once.
    /// </summary>
    public static void Widen(List<string> allowed, IEnumerable<string> families)
    {
        allowed.AddRange(families.Except(allowed, StringComparer.Ordinal));
        if (allowed.Contains(BaseLibraryFamilies.BaseLibrary))
        {
            allowed.Remove(NarrowedBaseLibrary);
        }
    }

    private static YamlDraftNode AlsoAllow(List<string> allowed)
    {
        var plain = allowed.Contains(BaseLibraryFamilies.BaseLibrary);
        var narrowed = !plain && allowed.Contains(NarrowedBaseLibrary);
        var families = allowed.Where(a => a != NarrowedBaseLibrary).OrderBy(a => a, StringComparer.Ordinal).Select(a => (YamlDraftNode)a).ToList();
        if (!narrowed)
        {
            return new YamlDraftSequence(families);
        }

        // The base library's entry is a selector with an except: alone, it is the field; with other families, their union.
        var entry = BaseLibraryFamilies.BaseLibraryEntry(persistenceIgnorant: true);
        return families.Count == 0 ? entry : new YamlDraftSequence(families.Prepend(entry));
    }

    /// <summary>
    /// A project's root namespace or a namespace right below it (<c>Shop.Domain</c>, <c>Shop.Api.Contracts</c>): deeper
    /// subtrees (a module's <c>Data</c> folder) are a module's internals, as for slices (rules/0041).
    /// </summary>
    private static bool AtMostOneBelowAProjectRoot(string ns, CodeFacts facts) =>
        facts.Projects.Any(p => p.RootNamespace.Length > 0 && (ns == p.RootNamespace || Namespaces.ChildOf(ns, p.RootNamespace) is { } child && Namespaces.Join(p.RootNamespace, child) == ns));

    /// <summary>
    /// The whole solution (a single project's root namespace): "uses only itself" is true by construction, and the
    /// libraries it may use are its package references; the lead learns nothing (rules/0041).
    /// </summary>
    private static bool HoldsEveryProjectRoot(string ns, CodeFacts facts)
    {
        var roots = facts.Projects.Where(p => p.TypeCount > 0 && p.RootNamespace.Length > 0).ToList();
        return roots.Count > 0 && roots.TrueForAll(p => DottedName.IsAtOrUnder(p.RootNamespace, ns));
    }

    /// <summary>No namespace-graph edge leaves the subtree for another namespace of the solution.</summary>
    private static bool IsSelfContained(string subtree, CodeFacts facts) =>
        facts.Types.Any(t => DottedName.IsAtOrUnder(t.Namespace, subtree))
        && !facts.Graph.Edges.Any(e => DottedName.IsAtOrUnder(e.From, subtree) && !DottedName.IsAtOrUnder(e.To, subtree));
}
