using System.IO;
using TechLead.Cli.Infrastructure;

namespace TechLead.Cli.Adrs;

/// <summary>
/// Finds the repository's ADR folder the way the package props do (TechLeadAdrDirectory): the first
/// <c>docs/adr</c> folder at or above a starting folder.
/// </summary>
internal static class AdrDirectoryLocator
{
    public static string? FindUpward(string startDirectory)
    {
        for (var current = new DirectoryInfo(Path.GetFullPath(startDirectory)); current is not null; current = current.Parent)
        {
            var candidate = Path.Combine(current.FullName, "docs", "adr");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The explicit folder when given (it must exist), else the one found upward from <paramref name="startDirectory"/>.</summary>
    public static string Resolve(string? explicitDirectory, string startDirectory)
    {
        if (!string.IsNullOrEmpty(explicitDirectory))
        {
            var full = Path.GetFullPath(explicitDirectory);
            return Directory.Exists(full) ? full : throw new BadInputException($"ADR folder '{explicitDirectory}' does not exist");
        }

        return FindUpward(startDirectory)
            ?? throw new BadInputException($"no docs/adr folder found in '{Path.GetFullPath(startDirectory)}' or above it; pass the folder explicitly");
    }

    /// <summary>The folder that holds <c>docs/</c> (TechLeadRepositoryRoot): ADR paths in links are relative to it.</summary>
    public static string RepositoryRootOf(string adrDirectory)
    {
        var adr = new DirectoryInfo(adrDirectory);
        return adr.Name == "adr" && adr.Parent is { Name: "docs", Parent: { } root } ? root.FullName : adr.Parent?.FullName ?? adr.FullName;
    }
}
