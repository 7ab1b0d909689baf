using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TechLead.Cli.Infrastructure;

namespace TechLead.Cli.Initializing;

/// <summary>The solutions and C# projects of the repository <c>init</c> sets up: the reason it is a repository at all.</summary>
internal static class RepositoryProjects
{
    private static readonly string[] Skipped = ["bin", "obj", "node_modules", ".git", ".vs", "artifacts"];

    /// <summary>Solutions (.sln, .slnx) and projects (.csproj) in <paramref name="root"/> and below; none is bad input.</summary>
    public static IReadOnlyList<string> Find(string root)
    {
        var found = new List<string>();
        Collect(root, found, depth: 0);
        return found.Count > 0
            ? found
            : throw new BadInputException($"no .sln, .slnx or .csproj in '{PathDisplay.Relative(root)}' or its subfolders; run techlead init in the repository's root folder");
    }

    private static void Collect(string directory, List<string> found, int depth)
    {
        found.AddRange(Directory.EnumerateFiles(directory)
            .Where(f => Path.GetExtension(f).ToLowerInvariant() is ".sln" or ".slnx" or ".csproj")
            .OrderBy(f => f, StringComparer.Ordinal));

        // Deep enough for src/Area/Project/Project.csproj; a repository's projects are not buried deeper.
        if (depth >= 4)
        {
            return;
        }

        foreach (var child in Directory.EnumerateDirectories(directory).OrderBy(d => d, StringComparer.Ordinal))
        {
            var name = Path.GetFileName(child);
            if (!Skipped.Contains(name, StringComparer.OrdinalIgnoreCase) && !name.StartsWith('.'))
            {
                Collect(child, found, depth + 1);
            }
        }
    }
}
