using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TechLead.Cli.Infrastructure;

namespace TechLead.Cli.Initializing;

/// <summary>
/// Writes a plan: every file staged first and moved into place only when all are staged (AtomicFile), so a
/// folder that cannot be written leaves nothing behind. A failure while moving says which files are in place.
/// </summary>
internal static class InitWriter
{
    public static void Write(InitPlan plan)
    {
        foreach (var file in plan.Files)
        {
            var now = File.Exists(file.Path) ? File.ReadAllText(file.Path) : null;
            if (file.IsNew ? now is not null : now is null)
            {
                throw new BadInputException($"{PathDisplay.Relative(file.Path)} changed while techlead init ran; nothing was written, run it again");
            }
        }

        var createdDirectories = plan.Files.Select(f => Path.GetDirectoryName(f.Path)!).SelectMany(Missing).Distinct(StringComparer.Ordinal).ToList();
        var progress = new AtomicWriteProgress();
        try
        {
            AtomicFile.WriteAll(plan.Files.Select(f => (f.Path, f.After)).ToList(), progress);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var reason = e is UnauthorizedAccessException ? "permission denied" : e.Message.TrimEnd('.');
            var failed = progress.Current is null ? "a file" : PathDisplay.Relative(progress.Current);
            if (progress.Written.Count > 0)
            {
                throw new BadInputException($"could not write {failed} ({reason}); written before that: {string.Join(", ", progress.Written.Select(p => PathDisplay.Relative(p)))}; the other files are unchanged");
            }

            RemoveEmpty(createdDirectories);
            throw new BadInputException($"could not write {failed} ({reason}); nothing was written");
        }
    }

    /// <summary>The folders above (and including) <paramref name="directory"/> that do not exist yet, deepest first.</summary>
    private static IEnumerable<string> Missing(string directory)
    {
        for (var current = directory; !string.IsNullOrEmpty(current) && !Directory.Exists(current); current = Path.GetDirectoryName(current))
        {
            yield return current;
        }
    }

    private static void RemoveEmpty(IEnumerable<string> directories)
    {
        foreach (var directory in directories.OrderByDescending(d => d.Length))
        {
            try
            {
                if (Directory.Exists(directory) && !Directory.EnumerateFileSystemEntries(directory).Any())
                {
                    Directory.Delete(directory);
                }
            }
            catch (IOException)
            {
                // Best effort: an empty folder left behind is harmless.
            }
        }
    }
}
