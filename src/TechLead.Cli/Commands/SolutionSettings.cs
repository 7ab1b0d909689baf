using System.ComponentModel;
using System.IO;
using Spectre.Console.Cli;
using TechLead.Cli.Adrs;
using TechLead.Cli.Checking;
using TechLead.Cli.Infrastructure;

namespace TechLead.Cli.Commands;

/// <summary>
/// Commands about ADRs that also look at code (adr show, impact, report): the ADR folder is found
/// from the current folder, the solution from <c>--solution</c>, else the current folder, else the
/// folder that holds docs/.
/// </summary>
internal class SolutionSettings : CheckOptionSettings
{
    [CommandOption("--solution <PATH>")]
    [Description("The .sln, .slnx or .csproj to check; default: the one in the current folder or beside docs/.")]
    public string? Solution { get; init; }

    public AdrRepository LoadAdrs() => AdrRepository.Load(AdrDirectoryLocator.Resolve(AdrDirectory, Directory.GetCurrentDirectory()));

    /// <summary>The solution to check, or null when none is found (an explicit --solution must exist).</summary>
    public string? FindSolution(AdrRepository adrs)
    {
        if (Solution is not null)
        {
            return TargetLocator.Resolve(Solution);
        }

        foreach (var directory in new[] { Directory.GetCurrentDirectory(), adrs.RepositoryRoot })
        {
            if (TargetLocator.TryFindIn(directory, out var found, out var ambiguity))
            {
                return found;
            }

            if (ambiguity is not null)
            {
                throw new BadInputException(ambiguity.Replace("pass the one to check", "pass --solution", System.StringComparison.Ordinal));
            }
        }

        return null;
    }

    public CheckOptions ToOptions(AdrRepository adrs, string solution) => ToOptions(solution) with { AdrDirectory = adrs.Directory };
}
