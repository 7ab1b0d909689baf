using System;
using System.IO;

namespace TechLead.Cli.Infrastructure;

/// <summary>Paths from the command line made absolute against the run's working folder, never the process's current one.</summary>
internal static class ArgumentPaths
{
    /// <param name="path">An absolute path, or one relative to <paramref name="workingDirectory"/>.</param>
    /// <param name="workingDirectory">The run's working folder; may be null only when <paramref name="path"/> is absolute.</param>
    public static string Resolve(string path, string? workingDirectory) =>
        Path.IsPathFullyQualified(path)
            ? Path.GetFullPath(path)
            : Path.GetFullPath(path, workingDirectory ?? throw new InvalidOperationException($"'{path}' is relative but no working folder was given"));
}
