using System.Collections.Generic;

namespace TechLead.Cli.Checking;

/// <summary>What a solution check found: raw violations (no baseline applied) and the projects it analyzed.</summary>
internal sealed record CheckerOutput(IReadOnlyList<Finding> Violations, IReadOnlyList<string> Projects, NamespaceGraph? Graph);
