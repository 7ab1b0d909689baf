using System;
using System.ComponentModel;
using System.IO;
using System.Threading;
using Spectre.Console.Cli;
using TechLead.Cli.Infrastructure;
using TechLead.Cli.Initializing;

namespace TechLead.Cli.Commands;

/// <summary><c>techlead init [path] [--feed DIR] [--dry-run]</c>: sets a repository up for enforced decisions.</summary>
internal sealed class InitCommand(CliEnvironment environment) : Command<InitCommand.Settings>
{
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var plan = InitPlanner.Plan(settings.Path ?? environment.WorkingDirectory, settings.Feed, environment.WorkingDirectory, ToolVersion.Current, DateOnly.FromDateTime(DateTime.UtcNow));
        var output = environment.Out;
        foreach (var warning in plan.Warnings)
        {
            environment.Warn(warning);
        }

        foreach (var line in plan.AlreadyDone)
        {
            output.WriteLine("unchanged: " + line);
        }

        if (plan.IsEmpty)
        {
            output.WriteLine($"nothing to do: {plan.Root} is set up for TechLead");
            return ExitCodes.Success;
        }

        if (settings.DryRun)
        {
            foreach (var file in plan.Files)
            {
                output.Write(UnifiedDiffWriter.Of(PathDisplay.ForwardSlashRelative(file.Path, plan.Root), file.Before, file.After));
            }

            WriteNotes(plan);
            output.WriteLine($"dry run: {plan.Files.Count} file(s) would change; nothing was written");
            return ExitCodes.Success;
        }

        InitWriter.Write(plan);
        foreach (var file in plan.Files)
        {
            output.WriteLine((file.IsNew ? "created " : "updated ") + PathDisplay.Relative(file.Path));
        }

        WriteNotes(plan);
        NextSteps.Write(output, plan, feedGiven: settings.Feed is not null);
        return ExitCodes.Success;
    }

    private void WriteNotes(InitPlan plan)
    {
        foreach (var note in plan.Notes)
        {
            environment.Out.WriteLine("note: " + note);
        }
    }

    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "[path]")]
        [Description("The repository folder (it or a subfolder holds a .sln, .slnx or .csproj); default: the current folder.")]
        public string? Path { get; init; }

        [CommandOption("--feed <DIR>")]
        [Description("A folder with the TechLead packages, best one inside the repository (written relative, so teammates and CI restore from it): added as a package source to the repository's NuGet.config.")]
        public string? Feed { get; init; }

        [CommandOption("--dry-run")]
        [Description("Print the changes as a unified diff; write nothing.")]
        public bool DryRun { get; init; }
    }
}
