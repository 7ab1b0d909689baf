using System.Collections.Generic;
using System.Linq;
using TechLead.Cli.Adrs;
using TechLead.Rules.Baselines;

namespace TechLead.Cli.Checking;

/// <summary>Everything a check produced: the ADRs it used, every finding (sorted), and what was loaded.</summary>
internal sealed class CheckResult(string target, AdrRepository adrs, IReadOnlyList<Finding> findings, IReadOnlyList<string> projects, Baseline baseline, NamespaceGraph? graph)
{
    /// <summary>The solution or project that was checked (absolute path).</summary>
    public string Target { get; } = target;

    public AdrRepository Adrs { get; } = adrs;

    /// <summary>Sorted with <see cref="Finding.Compare"/>.</summary>
    public IReadOnlyList<Finding> Findings { get; } = findings;

    public IReadOnlyList<string> Projects { get; } = projects;

    public Baseline Baseline { get; } = baseline;

    /// <summary>Namespace dependencies between the solution's own namespaces, when requested (report).</summary>
    public NamespaceGraph? Graph { get; } = graph;

    /// <summary>What the code does with the components of the active <c>diagram</c> rules (counts per arrow); null when there are none.</summary>
    public TechLead.Rules.Diagrams.DiagramUsage? Diagrams { get; init; }

    /// <summary>The link base the run was given (help links of rules without findings use it too).</summary>
    public string? AdrBaseUrl { get; init; }

    /// <summary>Where the violations' <see cref="Finding.CodeOwners"/> come from (its <c>Path</c> is null when the repository has no CODEOWNERS); null for results no check session made.</summary>
    public Ownership.CodeOwnership? Ownership { get; init; }

    /// <summary>Set by <c>--changed-since</c>: the findings are only those on changed lines.</summary>
    public ChangeScope? ChangedSince { get; init; }

    public IEnumerable<Finding> Violations => Findings.Where(f => !f.IsFileProblem);

    public bool Fails => Findings.Any(f => f.Fails);
}
