using System.Collections.Generic;
using TechLead.Rules.Diagrams;

namespace TechLead.Cli.Checking;

/// <summary>What a solution check found: raw violations (no baseline applied) and the projects it analyzed.</summary>
internal sealed record CheckerOutput(IReadOnlyList<Finding> Violations, IReadOnlyList<string> Projects, NamespaceGraph? Graph)
{
    /// <summary>What the code does with the components of the active <c>diagram</c> rules; null when there are none.</summary>
    public DiagramUsage? Diagrams { get; init; }
}
