using System;
using System.ComponentModel;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Spectre.Console.Cli;
using TechLead.Cli.Changes;
using TechLead.Cli.Checking;
using TechLead.Cli.History;
using TechLead.Cli.Infrastructure;
using TechLead.Cli.Output;

namespace TechLead.Cli.Commands;

/// <summary><c>techlead check</c>: runs the analyzer over a solution and prints violations grouped by ADR.</summary>
internal sealed class CheckCommand(CliEnvironment environment) : AsyncCommand<CheckCommand.Settings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var formatter = ResultFormatters.Create(settings.Format);
        var options = settings.ToOptions(environment.WorkingDirectory) with { Strict = settings.Strict };
        // Read the changes first: a bad ref fails in a second, not after the solution has loaded.
        var changes = settings.ChangedSince is { } reference
            ? ChangesSinceRef.Read(Path.GetDirectoryName(Workspace.ForSolution(settings.Where(settings.Target, environment.WorkingDirectory)).Solution)!, reference)
            : null;
        var result = await CheckRunner.RunAsync(options, formatter.IsMachineReadable || settings.Output is not null, environment, cancellationToken).ConfigureAwait(false);
        foreach (var warning in result.Ownership?.Warnings ?? [])
        {
            environment.Warn(warning);
        }

        // The history counts the whole solution, also in pull-request mode.
        if (settings.Record is { } historyPath)
        {
            var commit = new GitProcess(Path.GetDirectoryName(result.Target)!).TryHeadCommit();
            HistoryFile.Append(environment.FullPath(historyPath), HistoryEntries.Of(result, commit, DateTimeOffset.UtcNow));
        }

        if (changes is not null)
        {
            result = ChangedLinesFilter.Apply(result, changes);
        }

        if (settings.Output is { } outputPath)
        {
            using var buffer = new StringWriter();
            formatter.Write(result, buffer);
            AtomicFile.WriteAllText(environment.FullPath(outputPath), buffer.ToString());
            environment.Error.WriteLine($"techlead: {ResultSummary.Of(result)}; wrote {PathDisplay.Relative(outputPath)}");
        }
        else
        {
            formatter.Write(result, environment.Out);
        }

        return result.Fails ? ExitCodes.Violations : ExitCodes.Success;
    }

    internal sealed class Settings : CheckSettings
    {
        [CommandOption("-f|--format <FORMAT>")]
        [Description("text (default), json, sarif, github, markdown or codeclimate (GitLab Code Quality).")]
        public string? Format { get; init; }

        [CommandOption("-o|--output <FILE>")]
        [Description("Write the result to this file instead of stdout.")]
        public string? Output { get; init; }

        [CommandOption("--changed-since <REF>")]
        [Description("Only violations on lines changed since this git ref (a branch, tag or commit), and every violation in new files.")]
        public string? ChangedSince { get; init; }

        [CommandOption("--record <FILE>")]
        [Description("Append one JSON line with this run's counts per ADR and rule to FILE (the history the report draws).")]
        public string? Record { get; init; }

        [CommandOption("--strict")]
        [Description("Stale baseline entries and a missing baseline file are errors (for CI).")]
        public bool Strict { get; init; }
    }
}
