using System;
using TechLead.Rules;

namespace TechLead.Cli.Checking;

/// <summary>What a command asks of a check run.</summary>
internal sealed record CheckOptions
{
    /// <summary>The folder relative paths of these options count from (the run's); null only when every path given is absolute.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>The <c>[sln|csproj|dir]</c> argument; null means <see cref="WorkingDirectory"/>.</summary>
    public string? Target { get; init; }

    /// <summary>An explicit ADR folder; null: the first docs/adr at or above the solution's folder.</summary>
    public string? AdrDirectory { get; init; }

    /// <summary>An explicit baseline file (must exist); null: techlead.baseline.json beside docs/, if present.</summary>
    public string? BaselinePath { get; init; }

    public string? AdrBaseUrl { get; init; }

    /// <summary>Read no baseline at all (baseline create, impact): every violation is reported.</summary>
    public bool IgnoreBaseline { get; init; }

    /// <summary>Stale baseline entries and a missing baseline file are errors.</summary>
    public bool Strict { get; init; }

    public bool CollectNamespaceGraph { get; init; }

    /// <summary>Skip the <c>dotnet restore</c> that makes a fresh clone's projects load with their references.</summary>
    public bool NoRestore { get; init; }

    /// <summary>No progress display, even on a terminal (<c>--quiet</c>).</summary>
    public bool Quiet { get; init; }

    /// <summary>Print what MSBuild reported while loading (otherwise silent unless a project did not load).</summary>
    public bool Verbose { get; init; }

    /// <summary>Where the solution, ADRs and baseline of this run are to be found.</summary>
    public WorkspaceArguments Where => new(WorkingDirectory, Target, AdrDirectory, BaselinePath);

    /// <summary>Rewrites an ADR before the analyzer sees it (impact: evaluate a proposed ADR as accepted).</summary>
    public Func<AdrSourceFile, AdrSourceFile>? RewriteAdr { get; init; }
}
