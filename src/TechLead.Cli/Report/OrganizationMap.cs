using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using TechLead.Cli.Checking;
using TechLead.Cli.Ownership;

namespace TechLead.Cli.Report;

/// <summary>
/// Whose code breaks whose decisions: violations counted per pair of code owner (of the violating file, from
/// CODEOWNERS) and ADR owner (the broken ADR's <c>owners</c>), as a table's rows and a Mermaid graph in which
/// each team is one node, so a team breaking its own decision is an arrow back to itself.
/// </summary>
internal static class OrganizationMap
{
    /// <summary>Every pair with violations, most violations first, then by name.</summary>
    public static IReadOnlyList<OwnerPairCount> Count(IEnumerable<Finding> violations) =>
        violations
            .SelectMany(v => OwnerPairs.Of(v.CodeOwners, v.Owners).Select(pair => (Pair: pair, Violation: v)))
            .GroupBy(p => p.Pair)
            .Select(g => new OwnerPairCount(
                g.Key.CodeOwner,
                g.Key.AdrOwner,
                g.Count(p => !p.Violation.Baselined),
                g.Count(p => p.Violation.Baselined),
                g.Select(p => p.Violation.Adr ?? "?").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()))
            .OrderByDescending(p => p.Reported + p.Baselined)
            .ThenBy(p => p.CodeOwner, StringComparer.Ordinal)
            .ThenBy(p => p.AdrOwner, StringComparer.Ordinal)
            .ToList();

    /// <summary>A left-to-right graph: one node per owner, one arrow per pair labelled with its counts; arrows with reported violations are red.</summary>
    public static string Mermaid(IReadOnlyList<OwnerPairCount> pairs)
    {
        var text = new StringBuilder("graph LR\n");
        foreach (var owner in pairs.SelectMany(p => new[] { p.CodeOwner, p.AdrOwner }).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            text.Append("  ").Append(MermaidText.Id("owner", owner)).Append('[').Append(MermaidText.Label(owner)).Append("]\n");
        }

        var red = new List<int>();
        for (var index = 0; index < pairs.Count; index++)
        {
            var pair = pairs[index];
            text.Append("  ").Append(MermaidText.Id("owner", pair.CodeOwner)).Append(" -->|").Append(MermaidText.Label(pair.Label)).Append("| ").Append(MermaidText.Id("owner", pair.AdrOwner)).Append('\n');
            if (pair.Reported > 0)
            {
                red.Add(index);
            }
        }

        if (red.Count > 0)
        {
            text.Append("  linkStyle ").Append(string.Join(",", red)).Append(" stroke:#cf222e,stroke-width:2px\n");
        }

        return text.ToString();
    }
}

/// <summary>The violations in one code owner's files that break one ADR owner's decisions.</summary>
internal sealed record OwnerPairCount(string CodeOwner, string AdrOwner, int Reported, int Baselined, IReadOnlyList<string> Adrs)
{
    /// <summary>How the pair is named in trends and tooltips.</summary>
    public string Name => $"{CodeOwner} → {AdrOwner}";

    /// <summary>The arrow's label: <c>3 reported, 1 baselined</c>.</summary>
    public string Label => Baselined == 0 ? $"{Reported} reported" : $"{Reported} reported, {Baselined} baselined";
}
