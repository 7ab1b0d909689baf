using System.ComponentModel;
using Spectre.Console.Cli;
using TechLead.Cli.Adrs;
using TechLead.Cli.Checking;
using TechLead.Cli.Infrastructure;

namespace TechLead.Cli.Commands;

/// <summary>
/// Commands about ADRs that also look at code (adr show, impact, report): the solution, ADRs and baseline are
/// found from the <c>[target]</c> argument (or its alias <c>--solution</c>) exactly as in <c>check</c>; without
/// one, as <see cref="Workspace.ForAdrsAndSolution"/> says.
/// </summary>
internal abstract class SolutionSettings : CheckOptionSettings
{
    [CommandOption("--solution <PATH>")]
    [Description("Same as the [[target]] argument.")]
    public string? Solution { get; init; }

    /// <summary>The positional <c>[target]</c>: a .sln, .slnx or .csproj, or a folder that holds exactly one.</summary>
    public abstract string? Target { get; init; }

    /// <summary>The solution (or none), the ADR folder and the baseline, found as every command finds them (<see cref="Workspace.ForAdrsAndSolution"/>).</summary>
    public Workspace Locate(string workingDirectory)
    {
        if (Target is not null && Solution is not null && Target != Solution)
        {
            throw new BadInputException($"two solutions given ('{Target}' and --solution '{Solution}'); pass one");
        }

        return Workspace.ForAdrsAndSolution(Where(Target ?? Solution, workingDirectory));
    }

    public static AdrRepository LoadAdrs(Workspace workspace) => AdrRepository.Load(workspace.RequireAdrDirectory());

    public CheckOptions ToOptions(Workspace workspace, string solution) =>
        ToOptions(solution, workspace.WorkingDirectory!) with { AdrDirectory = workspace.RequireAdrDirectory() };
}
