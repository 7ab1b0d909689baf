using System;
using System.ComponentModel;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Spectre.Console;
using Spectre.Console.Cli;
using TechLead.Cli.Checking;
using TechLead.Cli.History;
using TechLead.Cli.Infrastructure;

namespace TechLead.Cli.Commands;

/// <summary><c>techlead history backfill --last N [--every K] --record FILE [target]</c>: history lines for past commits.</summary>
internal sealed class HistoryBackfillCommand(CliEnvironment environment) : AsyncCommand<HistoryBackfillCommand.Settings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var target = Workspace.ForSolution(new(environment.WorkingDirectory, settings.Target)).Solution!;
        var outcome = await HistoryBackfill.RunAsync(new BackfillRequest(target, settings.Last, settings.Every, environment.FullPath(settings.Record)) { Quiet = settings.Quiet }, environment, cancellationToken).ConfigureAwait(false);
        var failed = outcome.DidNotBuild.Count == 0 ? string.Empty : " (" + string.Join(", ", outcome.DidNotBuild.Select(f => f.Commit[..7])) + ")";
        environment.Error.WriteLine($"techlead: {HistoryBackfill.Command}: {outcome.Recorded.Count} recorded, {outcome.AlreadyRecorded.Count} already in {PathDisplay.Relative(settings.Record)}, {outcome.DidNotBuild.Count} did not build{failed}");
        return ExitCodes.Success;
    }

    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "[target]")]
        [Description("A .sln, .slnx or .csproj, or a folder that holds exactly one; default: the current folder. The same path is checked in each commit.")]
        public string? Target { get; init; }

        [CommandOption("--last <N>")]
        [Description("How many commits to check (the newest first-parent commits of HEAD).")]
        public int Last { get; init; }

        [CommandOption("--every <K>")]
        [Description("Check every K-th commit; default 1.")]
        [DefaultValue(1)]
        public int Every { get; init; } = 1;

        [CommandOption("--record <FILE>")]
        [Description("The history file to append to (commits already in it are skipped).")]
        public string Record { get; init; } = string.Empty;

        [CommandOption("-q|--quiet")]
        [Description("Print only the commits that did not build and the summary.")]
        public bool Quiet { get; init; }

        public override ValidationResult Validate() =>
            Last < 1 ? ValidationResult.Error("--last must be a number of commits, 1 or more")
            : Every < 1 ? ValidationResult.Error("--every must be 1 or more")
            : string.IsNullOrWhiteSpace(Record) ? ValidationResult.Error("--record FILE is required: the history file to append to")
            : ValidationResult.Success();
    }
}
