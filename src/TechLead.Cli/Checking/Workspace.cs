using System.IO;
using TechLead.Cli.Adrs;
using TechLead.Cli.Infrastructure;
using TechLead.Rules;
using TechLead.Rules.Baselines;

namespace TechLead.Cli.Checking;

/// <summary>
/// Where a command's solution, ADR folder and baseline are: found the same way by every command from the same
/// <c>[target]</c> (docs/cli.md "Where things are found", rules/0033). The ADR folder is the first docs/adr at or
/// above the solution's folder, or above the current folder when there is no solution; the repository root is the
/// folder that holds docs/; the baseline is techlead.baseline.json there. --adr-dir and --baseline override.
/// </summary>
internal sealed class Workspace
{
    private readonly string? explicitBaseline;
    private readonly string adrSearchStart;

    private Workspace(string? workingDirectory, string? solution, string? adrDirectory, string adrSearchStart, string? explicitBaseline)
    {
        WorkingDirectory = workingDirectory;
        Solution = solution;
        AdrDirectory = adrDirectory;
        this.adrSearchStart = adrSearchStart;
        this.explicitBaseline = explicitBaseline;
    }

    /// <summary>The folder relative paths count from; null only when every path given is absolute.</summary>
    public string? WorkingDirectory { get; }

    /// <summary>The solution or project file; null only for the commands that can do without one.</summary>
    public string? Solution { get; }

    /// <summary>The ADR folder; null when none was found (and none was given).</summary>
    public string? AdrDirectory { get; }

    /// <summary>The ADR folder, or exit 2 saying where it was looked for.</summary>
    public string RequireAdrDirectory() =>
        AdrDirectory ?? throw new BadInputException($"no docs/adr folder found in '{Path.GetFullPath(adrSearchStart)}' or above it; create one with 'techlead init' or pass the folder explicitly");

    /// <summary>The folder that holds docs/ (history and baseline files live there).</summary>
    public string RepositoryRoot => RepositoryLayout.RepositoryRootOf(RequireAdrDirectory());

    /// <summary>The baseline file as given (relative to the working folder), else the default in the repository root; it need not exist.</summary>
    /// <remarks>The choice is the analyzer's (rules/0027); the repository root is only looked for when no file was given.</remarks>
    public string BaselinePath => ArgumentPaths.Resolve(
        BaselineFileChoice.PathOf(explicitBaseline, string.IsNullOrWhiteSpace(explicitBaseline) ? RepositoryRoot : string.Empty),
        WorkingDirectory);

    /// <summary>Commands that need a solution (check, baseline, infer, history backfill): the target, else the current folder.</summary>
    public static Workspace ForSolution(WorkspaceArguments arguments)
    {
        var solution = TargetLocator.Resolve(arguments.Target, arguments.WorkingDirectory);
        return WithAdrs(arguments, solution, Path.GetDirectoryName(solution)!);
    }

    /// <summary>
    /// Commands about ADRs that may look at code (adr show, impact, report): an explicit target as <see cref="ForSolution"/>;
    /// without one the ADRs are found from the current folder and the solution is the one in the current folder, else
    /// the one beside docs/, else none.
    /// </summary>
    public static Workspace ForAdrsAndSolution(WorkspaceArguments arguments)
    {
        if (arguments.Target is not null)
        {
            return ForSolution(arguments);
        }

        var adrsOnly = ForAdrs(arguments);
        var repositoryRoot = adrsOnly.RepositoryRoot;
        foreach (var directory in new[] { arguments.WorkingDirectory!, repositoryRoot })
        {
            if (TargetLocator.TryFindIn(directory, out var found, out var ambiguity))
            {
                return new Workspace(arguments.WorkingDirectory, found, adrsOnly.AdrDirectory, adrsOnly.adrSearchStart, arguments.Baseline);
            }

            if (ambiguity is not null)
            {
                throw new BadInputException(ambiguity.Replace("pass the one to check", "pass the one to check as an argument", System.StringComparison.Ordinal));
            }
        }

        return adrsOnly;
    }

    /// <summary>Commands about ADRs alone (adr list/new/supersede, rules validate): the ADR folder given, else found from the current folder.</summary>
    public static Workspace ForAdrs(WorkspaceArguments arguments) =>
        WithAdrs(arguments, solution: null, arguments.WorkingDirectory ?? throw new System.InvalidOperationException("no working folder to find the ADRs from"));

    private static Workspace WithAdrs(WorkspaceArguments arguments, string? solution, string searchStart)
    {
        var adrDirectory = string.IsNullOrEmpty(arguments.AdrDirectory)
            ? AdrDirectoryLocator.FindUpward(searchStart)
            : AdrDirectoryLocator.Explicit(arguments.AdrDirectory, arguments.WorkingDirectory);
        return new Workspace(arguments.WorkingDirectory, solution, adrDirectory, searchStart, arguments.Baseline);
    }
}

/// <summary>What the command line says about where things are: the <c>[target]</c>, --adr-dir and --baseline, and the folder they count from.</summary>
internal sealed record WorkspaceArguments(string? WorkingDirectory, string? Target = null, string? AdrDirectory = null, string? Baseline = null);
