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

    /// <summary>A folder given on the command line (relative to <paramref name="workingDirectory"/>); it must exist.</summary>
    public static string Explicit(string explicitDirectory, string? workingDirectory)
    {
        var full = ArgumentPaths.Resolve(explicitDirectory, workingDirectory);
        return Directory.Exists(full) ? full : throw new BadInputException($"ADR folder '{explicitDirectory}' does not exist");
    }
}
