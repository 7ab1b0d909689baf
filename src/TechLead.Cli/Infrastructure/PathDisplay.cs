using System;
using System.IO;

namespace TechLead.Cli.Infrastructure;

/// <summary>How paths are printed: relative to the current folder when inside it (clickable in terminals and IDEs), else absolute.</summary>
internal static class PathDisplay
{
    public static string Relative(string path, string? baseDirectory = null)
    {
        if (string.IsNullOrEmpty(path))
        {
            return path;
        }

        var root = Path.GetFullPath(baseDirectory ?? Directory.GetCurrentDirectory());
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(root, full);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
    }

    /// <summary>A path relative to <paramref name="root"/> with '/' separators (URIs, SARIF, GitHub annotations).</summary>
    public static string ForwardSlashRelative(string path, string root)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(root), Path.GetFullPath(path));
        return relative.Replace('\\', '/');
    }
}
