using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using TechLead.Cli.Checking;
using TechLead.Cli.Infrastructure;

namespace TechLead.Cli.History;

/// <summary>
/// Computes history lines for past commits: each commit is checked out as a detached git worktree in a
/// temporary folder, restored and checked like <c>check --record</c>, then removed. Commits already in the
/// file are skipped, so an interrupted backfill resumes where it stopped; a commit that does not restore or
/// load is reported and skipped. Lines are appended oldest first, dated by the commit.
/// </summary>
internal static class HistoryBackfill
{
    public const string Command = "history backfill";

    public static async Task<BackfillOutcome> RunAsync(BackfillRequest request, CliEnvironment environment, CancellationToken cancellationToken)
    {
        var progress = environment.Error;
        var targetDirectory = Path.GetDirectoryName(request.Target)!;
        var topLevel = new GitProcess(targetDirectory).TopLevel(Command);
        var git = new GitProcess(topLevel);
        var targetInRepository = Path.GetRelativePath(topLevel, request.Target);
        var commits = Commits(git, request.Last, request.Every);
        var recorded = File.Exists(request.HistoryPath)
            ? HistoryFile.Read(request.HistoryPath, w => progress.WriteLine("techlead: warning: " + w)).Select(e => e.Commit).OfType<string>().ToHashSet(StringComparer.Ordinal)
            : [];
        var outcome = new BackfillOutcome();
        var temp = Directory.CreateTempSubdirectory("techlead-backfill-").FullName;
        try
        {
            var number = 0;
            foreach (var (commit, date) in commits)
            {
                number++;
                var label = $"techlead: [{number}/{commits.Count}] {commit[..7]} ({date[..10]})";
                if (recorded.Contains(commit))
                {
                    Progress(request, progress, $"{label} already recorded");
                    outcome.AlreadyRecorded.Add(commit);
                    continue;
                }

                Progress(request, progress, $"{label} restoring and checking");
                var worktree = Path.Combine(temp, commit[..12]);
                var added = git.Run("worktree", "add", "--detach", "--quiet", worktree, commit);
                try
                {
                    if (added.ExitCode != 0)
                    {
                        throw new BadInputException($"git worktree add failed: {added.Error.ReplaceLineEndings(" ")}");
                    }

                    var target = Path.Combine(worktree, targetInRepository);
                    if (!File.Exists(target))
                    {
                        throw new BadInputException($"{targetInRepository.Replace('\\', '/')} does not exist in this commit");
                    }

                    var result = await CheckRunner.RunAsync(new CheckOptions { WorkingDirectory = environment.WorkingDirectory, Target = target }, machineReadable: true, environment, cancellationToken).ConfigureAwait(false);
                    var entry = HistoryEntries.Of(result, commit, DateTimeOffset.Parse(date, CultureInfo.InvariantCulture));
                    HistoryFile.Append(request.HistoryPath, entry);
                    outcome.Recorded.Add(commit);
                    Progress(request, progress, $"{label} recorded: {entry.Total.New} new, {entry.Total.Baselined} baselined");
                }
                catch (BadInputException e)
                {
                    outcome.DidNotBuild.Add((commit, e.Message));
                    progress.WriteLine($"{label} did not build: {e.Message}");
                }
                finally
                {
                    git.Run("worktree", "remove", "--force", worktree);
                }
            }
        }
        finally
        {
            git.Run("worktree", "prune");
            TryDelete(temp);
        }

        return outcome;
    }

    /// <summary>A progress line; <c>--quiet</c> keeps only what went wrong (commits that did not build, warnings).</summary>
    private static void Progress(BackfillRequest request, TextWriter progress, string line)
    {
        if (!request.Quiet)
        {
            progress.WriteLine(line);
        }
    }

    /// <summary>Every <paramref name="every"/>-th commit of the first-parent history of HEAD, <paramref name="last"/> of them, oldest first, with committer dates.</summary>
    private static List<(string Commit, string Date)> Commits(GitProcess git, int last, int every)
    {
        var log = git.Run("log", "--first-parent", $"--max-count={((last - 1) * every) + 1}", "--format=%H %cI", "HEAD");
        if (log.ExitCode != 0)
        {
            throw new BadInputException($"{Command}: the repository has no commits ({log.Error.ReplaceLineEndings(" ")})");
        }

        return log.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Trim().Split(' '))
            .Where((_, index) => index % every == 0)
            .Select(parts => (parts[0], parts[1]))
            .Reverse()
            .ToList();
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; the history is already written.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}

/// <summary>What a backfill is asked to do.</summary>
/// <param name="Target">The solution or project in the current checkout (absolute); the same path is checked in each commit.</param>
/// <param name="Last">How many commits to check.</param>
/// <param name="Every">Check every K-th first-parent commit.</param>
/// <param name="HistoryPath">The history file (absolute).</param>
internal sealed record BackfillRequest(string Target, int Last, int Every, string HistoryPath)
{
    /// <summary>Only commits that did not build and the summary are printed.</summary>
    public bool Quiet { get; init; }
}

/// <summary>What a backfill did, per commit.</summary>
internal sealed class BackfillOutcome
{
    public List<string> Recorded { get; } = [];

    public List<string> AlreadyRecorded { get; } = [];

    public List<(string Commit, string Reason)> DidNotBuild { get; } = [];
}
