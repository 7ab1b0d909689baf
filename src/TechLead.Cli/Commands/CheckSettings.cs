using System.ComponentModel;
using Spectre.Console.Cli;
using TechLead.Cli.Checking;

namespace TechLead.Cli.Commands;

/// <summary>Options every command that runs a check on a solution given as its first argument shares.</summary>
internal class CheckSettings : CheckOptionSettings
{
    [CommandArgument(0, "[target]")]
    [Description("A .sln, .slnx or .csproj, or a folder that holds exactly one; default: the current folder.")]
    public string? Target { get; init; }

    public CheckOptions ToOptions(string workingDirectory) => ToOptions(Target, workingDirectory);
}

/// <summary>The check options without the positional target (commands whose first argument is an ADR id).</summary>
internal class CheckOptionSettings : CommandSettings
{
    [CommandOption("--adr-dir <DIR>")]
    [Description("The ADR folder; default: the first docs/adr at or above the solution's folder.")]
    public string? AdrDirectory { get; init; }

    [CommandOption("--baseline <FILE>")]
    [Description("The baseline file; default: techlead.baseline.json in the folder that holds docs/.")]
    public string? Baseline { get; init; }

    [CommandOption("--adr-base-url <URL>")]
    [Description("Prefix of ADR links (TechLeadAdrBaseUrl), e.g. https://github.com/acme/shop/blob/main/.")]
    public string? AdrBaseUrl { get; init; }

    [CommandOption("--no-restore")]
    [Description("Do not run 'dotnet restore' on the solution first (it must be restored already).")]
    public bool NoRestore { get; init; }

    [CommandOption("--verbose")]
    [Description("Also print what MSBuild said while loading the projects (restore warnings, load failures in full).")]
    public bool Verbose { get; init; }

    [CommandOption("-q|--quiet")]
    [Description("Show no progress on stderr, even on a terminal.")]
    public bool Quiet { get; init; }

    /// <summary>Where to find the solution, the ADRs and the baseline (<see cref="Workspace"/>).</summary>
    /// <remarks>Judges <c>--adr-base-url</c> first: every command reports a broken value alike, also one that loads no solution.</remarks>
    public WorkspaceArguments Where(string? target, string workingDirectory)
    {
        AdrBaseUrlArgument.Validate(AdrBaseUrl);
        return new(workingDirectory, target, AdrDirectory, Baseline);
    }

    public CheckOptions ToOptions(string? target, string workingDirectory) => new()
    {
        WorkingDirectory = workingDirectory,
        Target = target,
        AdrDirectory = AdrDirectory,
        BaselinePath = Baseline,
        AdrBaseUrl = AdrBaseUrlArgument.Validate(AdrBaseUrl),
        NoRestore = NoRestore,
        Verbose = Verbose,
        Quiet = Quiet,
    };
}
