using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TechLead.Cli.Infrastructure;

namespace TechLead.Cli.Initializing;

/// <summary>Decides everything <c>techlead init</c> will write, reading files only; any bad input stops it before a byte is written.</summary>
internal static class InitPlanner
{
    /// <param name="path">The repository folder (or a solution or project file in it).</param>
    /// <param name="feed">The <c>--feed</c> folder, or null.</param>
    /// <param name="workingDirectory">The run's working folder: relative <paramref name="path"/> and <paramref name="feed"/> count from it.</param>
    /// <param name="version">The TechLead.Analyzers version to reference: this tool's own.</param>
    /// <param name="today">The first ADR's date (UTC), passed in so tests can pin it.</param>
    public static InitPlan Plan(string path, string? feed, string workingDirectory, string version, DateOnly today)
    {
        var root = RootOf(path, workingDirectory);
        RepositoryProjects.Find(root);
        var files = new List<PlannedFile>();
        var alreadyDone = new List<string>();
        var notes = new List<string>();
        var warnings = new List<string>();
        var (adrDirectory, nextAdrId) = DecisionLog.Plan(root, today, files, alreadyDone, notes);
        var folderForComment = PathDisplay.ForwardSlashRelative(adrDirectory, root);
        AnalyzerReference.Plan(root, version, folderForComment, files, alreadyDone);
        if (feed is not null)
        {
            NuGetFeed.Plan(root, feed, ArgumentPaths.Resolve(feed, workingDirectory), files, alreadyDone, notes, warnings);
        }

        var ordered = files.Where(f => !f.IsNew).Concat(files.Where(f => f.IsNew)).ToList();
        return new InitPlan(root, adrDirectory, ordered, alreadyDone, notes, warnings, nextAdrId);
    }

    private static string RootOf(string path, string workingDirectory)
    {
        var full = ArgumentPaths.Resolve(path, workingDirectory);
        if (File.Exists(full) && Path.GetExtension(full).ToLowerInvariant() is ".sln" or ".slnx" or ".csproj")
        {
            return Path.GetDirectoryName(full)!;
        }

        return Directory.Exists(full) ? full : throw new BadInputException($"folder '{path}' does not exist");
    }
}
