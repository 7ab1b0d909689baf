using System;
using System.IO;
using TechLead.Cli.Infrastructure;

namespace TechLead.Cli.Changes;

/// <summary>
/// What changed in a work tree since a git ref: <c>git diff -U0 REF</c> (committed, staged and unstaged
/// edits of tracked files against REF) plus every untracked file that is not ignored, as whole files.
/// </summary>
internal sealed record ChangesSinceRef(string Reference, string Commit, string TopLevel, ChangedLines Lines)
{
    public const string Option = "--changed-since";

    /// <summary>Reads the changes in the repository that holds <paramref name="directory"/>; bad input when there is none or REF is unknown.</summary>
    public static ChangesSinceRef Read(string directory, string reference)
    {
        var git = new GitProcess(directory);
        var topLevel = git.TopLevel(Option);
        var commit = git.ResolveCommit(reference, Option);
        var repository = new GitProcess(topLevel);
        var diff = repository.Run("diff", "-U0", "--no-ext-diff", "--no-textconv", "--find-renames", "--src-prefix=a/", "--dst-prefix=b/", commit, "--");
        if (diff.ExitCode != 0)
        {
            throw new BadInputException($"{Option}: git diff against '{reference}' failed: {OneLine(diff.Error)}");
        }

        var lines = GitDiffReader.Parse(diff.Output);
        var untracked = repository.Run("ls-files", "--others", "--exclude-standard", "-z");
        if (untracked.ExitCode != 0)
        {
            throw new BadInputException($"{Option}: git ls-files failed: {OneLine(untracked.Error)}");
        }

        foreach (var path in untracked.Output.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            lines.AddWholeFile(path);
        }

        return new ChangesSinceRef(reference, commit, topLevel, lines);
    }

    /// <summary>True when the span of a finding in <paramref name="path"/> (absolute) touches a changed line.</summary>
    public bool Touches(string path, int firstLine, int lastLine)
    {
        var relative = Path.GetRelativePath(TopLevel, Path.GetFullPath(path)).Replace('\\', '/');
        return !relative.StartsWith("../", StringComparison.Ordinal) && relative != ".." && Lines.Touches(relative, firstLine, lastLine);
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();
}
