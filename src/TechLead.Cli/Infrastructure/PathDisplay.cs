using System;
using System.IO;
using System.Threading;

namespace TechLead.Cli.Infrastructure;

/// <summary>
/// How paths are printed: relative to the run's working folder when inside it (clickable in terminals and IDEs), else
/// absolute. The folder is set for the duration of one run (<see cref="RelativeTo"/>) and flows with that run's async
/// calls only, so messages built deep inside (an ADR file's error, a baseline's staleness) need no extra parameter
/// and parallel runs in one process (tests) each see their own folder.
/// </summary>
internal static class PathDisplay
{
    private static readonly AsyncLocal<string?> RunDirectory = new();

    /// <summary>The current run's working folder; null outside a run (paths then print as given).</summary>
    public static string? BaseDirectory => RunDirectory.Value;

    /// <summary>Prints paths relative to <paramref name="directory"/> until the returned scope is disposed.</summary>
    public static IDisposable RelativeTo(string directory)
    {
        var previous = RunDirectory.Value;
        RunDirectory.Value = Path.GetFullPath(directory);
        return new Scope(previous);
    }

    public static string Relative(string path, string? baseDirectory = null)
    {
        if (string.IsNullOrEmpty(path))
        {
            return path;
        }

        if ((baseDirectory ?? RunDirectory.Value) is not { } root)
        {
            // Outside a run nothing says what a relative path is relative to: it prints as given.
            return Path.IsPathFullyQualified(path) ? Path.GetFullPath(path) : path;
        }

        root = Path.GetFullPath(root);
        var full = Path.GetFullPath(path, root);
        var relative = Path.GetRelativePath(root, full);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
    }

    /// <summary>A path relative to <paramref name="root"/> with '/' separators (URIs, SARIF, GitHub annotations).</summary>
    public static string ForwardSlashRelative(string path, string root)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(root), Path.GetFullPath(path));
        return relative.Replace('\\', '/');
    }

    private sealed class Scope(string? previous) : IDisposable
    {
        public void Dispose() => RunDirectory.Value = previous;
    }
}
