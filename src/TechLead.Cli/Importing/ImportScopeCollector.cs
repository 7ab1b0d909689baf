using System;
using System.Collections.Generic;
using System.IO;
using TechLead.Cli.Infrastructure;

namespace TechLead.Cli.Importing;

/// <summary>The files an import reads: the named file, or every file under the named folder except build output and Git's own.</summary>
internal static class ImportScopeCollector
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj", ".git" };

    public static ImportScope Collect(string path, string? displayRoot)
    {
        var full = Path.GetFullPath(path);
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
