using System;
using System.IO;

namespace TechLead.Rules;

/// <summary>
/// Where a repository keeps its decisions, as every engine and command finds them (the package props,
/// the CLI, the fitness library): the ADR folder is the first <c>docs/adr</c> at or above a starting
/// folder; the repository root is the folder that holds <c>docs/</c>; the baseline lives in that root.
/// Pure path arithmetic: callers pass full paths and say which folders exist.
/// </summary>
public static class RepositoryLayout
{
    /// <summary>The baseline's default file name, in the repository root.</summary>
    public const string BaselineFileName = "techlead.baseline.json";

    /// <summary>
    /// How many folders above the start are searched for <c>docs/adr</c>. MSBuild cannot loop while it
    /// evaluates, so the package props spell out one condition per level; this is their count.
    /// </summary>
    public const int SearchedLevelsAbove = 8;

    /// <summary>
    /// The first <c>docs/adr</c> in <paramref name="startDirectory"/> or one of the
    /// <see cref="SearchedLevelsAbove"/> folders above it, or null when there is none.
    /// </summary>
    /// <param name="startDirectory">A full path: a project's or solution's folder.</param>
    /// <param name="directoryExists">Whether a folder exists (the caller's file system).</param>
    public static string? FindAdrDirectory(string startDirectory, Func<string, bool> directoryExists)
    {
        if (startDirectory is null)
        {
            throw new ArgumentNullException(nameof(startDirectory));
        }

        if (directoryExists is null)
        {
            throw new ArgumentNullException(nameof(directoryExists));
        }

        string? current = WithoutTrailingSeparator(startDirectory);
        for (var level = 0; level <= SearchedLevelsAbove && !string.IsNullOrEmpty(current); level++)
        {
            var candidate = Path.Combine(Path.Combine(current, "docs"), "adr");
            if (directoryExists(candidate))
            {
                return candidate;
            }

            current = Path.GetDirectoryName(current);
        }

        return null;
    }

    /// <summary>
    /// The folder that holds <c>docs/</c> when the ADR folder is directly in a folder named <c>docs</c>
    /// (any letter case: <c>docs/adr</c>, <c>docs/decisions</c>); otherwise the ADR folder's parent
    /// (<c>architecture/decisions</c> → <c>architecture</c>). ADR paths in help links are relative to it.
    /// </summary>
    public static string RepositoryRootOf(string adrDirectory)
    {
        if (adrDirectory is null)
        {
            throw new ArgumentNullException(nameof(adrDirectory));
        }

        var adr = WithoutTrailingSeparator(adrDirectory);
        var parent = Path.GetDirectoryName(adr);
        if (string.IsNullOrEmpty(parent))
        {
            return adr;
        }

        var holder = Path.GetDirectoryName(parent);
        return string.Equals(Path.GetFileName(parent), "docs", StringComparison.OrdinalIgnoreCase) && !string.IsNullOrEmpty(holder)
            ? holder!
            : parent!;
    }

    /// <summary>Where the baseline is when nobody says otherwise: <see cref="BaselineFileName"/> in the repository root.</summary>
    public static string DefaultBaselinePath(string repositoryRoot) => Path.Combine(repositoryRoot, BaselineFileName);

    private static string WithoutTrailingSeparator(string path)
    {
        var trimmed = path.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return trimmed.Length == 0 || trimmed[trimmed.Length - 1] == Path.VolumeSeparatorChar ? path : trimmed;
    }
}
