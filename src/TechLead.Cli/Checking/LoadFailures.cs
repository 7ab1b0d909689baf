using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace TechLead.Cli.Checking;

/// <summary>
/// Tells MSBuildWorkspace failures that lost a project (bad input: exit 2, one line) from those it reports
/// for a project that loaded all the same, such as restore warnings (NU1603, reported as a "failure"
/// although the project is whole): those are shown only with <c>--verbose</c>.
/// </summary>
internal static class LoadFailures
{
    private const string Marker = "processing the file '";

    public static IReadOnlyList<string> Fatal(IEnumerable<string> failures, IReadOnlyList<Project> loaded)
    {
        var healthy = new HashSet<string>(
            loaded.Where(p => p.FilePath is not null && p.DocumentIds.Count > 0).Select(p => Path.GetFullPath(p.FilePath!)),
            StringComparer.Ordinal);
        return failures
            .Where(failure => ProjectOf(failure) is not { } project || !healthy.Contains(project))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The one line that says why the target did not load: the first reason, and how many more there are.</summary>
    public static string Summary(string target, IReadOnlyList<string> fatal, bool verbose)
    {
        if (fatal.Count == 0)
        {
            return $"{target} did not load: it has no C# projects";
        }

        var more = fatal.Count == 1 ? string.Empty : $" (and {fatal.Count - 1} more problem(s){(verbose ? " above" : "; run with --verbose to see them")})";
        return $"{target} did not load: {fatal[0]}{more}";
    }

    /// <summary>The project file a failure names ("Msbuild failed when processing the file '…' with message: …").</summary>
    private static string? ProjectOf(string failure)
    {
        var start = failure.IndexOf(Marker, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        start += Marker.Length;
        var end = failure.IndexOf('\'', start);
        return end < 0 ? null : Path.GetFullPath(failure[start..end]);
    }
}
