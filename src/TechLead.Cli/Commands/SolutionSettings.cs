using System.ComponentModel;
using System.IO;
using Spectre.Console.Cli;
using TechLead.Cli.Adrs;
using TechLead.Cli.Checking;
using TechLead.Cli.Infrastructure;

namespace TechLead.Cli.Commands;

/// <summary>
/// Commands about ADRs that also look at code (adr show, impact, report): the ADR folder is found
/// from the current folder, the solution from the <c>[target]</c> argument (as in <c>check</c>) or its alias
/// <c>--solution</c>, else the current folder, else the folder that holds docs/.
/// </summary>
internal abstract class SolutionSettings : CheckOptionSettings
{
    [CommandOption("--solution <PATH>")]
    [Description("Same as the [[target]] argument.")]
    public string? Solution { get; init; }

    /// <summary>The positional <c>[target]</c>: a .sln, .slnx or .csproj, or a folder that holds exactly one.</summary>
    public abstract string? Target { get; init; }

    public AdrRepository LoadAdrs(string workingDirectory) => AdrRepository.Load(AdrDirectoryLocator.Resolve(AdrDirectory, workingDirectory, workingDirectory));

    /// <summary>The solution to check, or null when none is found (an explicit target must exist).</summary>
    public string? FindSolution(AdrRepository adrs, string workingDirectory)
    {
        if (Target is not null && Solution is not null && Target != Solution)
        {
            throw new BadInputException($"two solutions given ('{Target}' and --solution '{Solution}'); pass one");
        }

        if ((Target ?? Solution) is { } explicitTarget)
        {
            return TargetLocator.Resolve(explicitTarget, workingDirectory);
        }

        foreach (var directory in new[] { workingDirectory, adrs.RepositoryRoot })
        {
            if (TargetLocator.TryFindIn(directory, out var found, out var ambiguity))
            {
                return found;
            }

            if (ambiguity is not null)
            {
                throw new BadInputException(ambiguity.Replace("pass the one to check", "pass the one to check as an argument", System.StringComparison.Ordinal));
            }
        }

        return null;
    }

    public CheckOptions ToOptions(AdrRepository adrs, string solution, string workingDirectory) => ToOptions(solution, workingDirectory) with { AdrDirectory = adrs.Directory };
}
