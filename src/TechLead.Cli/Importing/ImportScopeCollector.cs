using System;
using System.Collections.Generic;
using System.IO;
using TechLead.Cli.Infrastructure;

namespace TechLead.Cli.Importing;

/// <summary>The files an import reads: the named file, or every file under the named folder except build output and Git's own.</summary>
internal static class ImportScopeCollector
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj", ".git" };

    /// <summary>The scope of <paramref name="path"/> as given: a relative one counts from <paramref name="workingDirectory"/> (the run's).</summary>
    public static ImportScope Collect(string path, string? displayRoot, string? workingDirectory = null)
    {
        var full = ArgumentPaths.Resolve(path, workingDirectory);
        if (File.Exists(full))
        {
            return new ImportScope(Path.GetDirectoryName(full)!, [full], displayRoot);
        }

        if (!Directory.Exists(full))
        {
            throw new BadInputException($"'{path}' does not exist; pass the folder (or the file) whose rules to import");
        }

        var files = new List<string>();
        Walk(full, files);
        files.Sort(StringComparer.Ordinal);
        return new ImportScope(full, files, displayRoot);
    }

    private static void Walk(string directory, List<string> files)
    {
        // Unreadable folders are skipped rather than failing the import; links are not followed (no cycles).
        var options = new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint };
        files.AddRange(Directory.EnumerateFiles(directory, "*", options));
        foreach (var child in Directory.EnumerateDirectories(directory, "*", options))
        {
            if (!SkippedFolders.Contains(Path.GetFileName(child)))
            {
                Walk(child, files);
            }
        }
    }
}
