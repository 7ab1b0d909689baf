using System.IO;
using TechLead.Cli.Infrastructure;
using TechLead.Rules;

namespace TechLead.Cli.Adrs;

/// <summary>
/// Finds the repository's ADR folder on disk the way the package props do (TechLeadAdrDirectory):
/// <see cref="RepositoryLayout.FindAdrDirectory"/> over the real file system.
/// </summary>
internal static class AdrDirectoryLocator
{
    public static string? FindUpward(string startDirectory) =>
        RepositoryLayout.FindAdrDirectory(Path.GetFullPath(startDirectory), Directory.Exists);

    /// <summary>The explicit folder when given (it must exist; relative to <paramref name="workingDirectory"/>), else the one found upward from <paramref name="startDirectory"/>.</summary>
    public static string Resolve(string? explicitDirectory, string startDirectory, string? workingDirectory)
    {
        if (!string.IsNullOrEmpty(explicitDirectory))
        {
            var full = ArgumentPaths.Resolve(explicitDirectory, workingDirectory);
            return Directory.Exists(full) ? full : throw new BadInputException($"ADR folder '{explicitDirectory}' does not exist");
        }

        return FindUpward(startDirectory)
            ?? throw new BadInputException($"no docs/adr folder found in '{Path.GetFullPath(startDirectory)}' or above it; pass the folder explicitly");
    }
}
