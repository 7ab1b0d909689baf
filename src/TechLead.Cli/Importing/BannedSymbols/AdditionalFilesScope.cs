using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace TechLead.Cli.Importing.BannedSymbols;

/// <summary>
/// Which projects read a rules file as <c>AdditionalFiles</c>: BannedApiAnalyzers applies a BannedSymbols.txt only
/// in those compilations. Read from the project files, without MSBuild: each <c>.csproj</c> in the scope with the
/// nearest <c>Directory.Build.props</c> and <c>Directory.Build.targets</c> above it (both imported automatically);
/// relative paths are the project's, <c>$(MSBuildThisFileDirectory)</c> and <c>$(MSBuildProjectDirectory)</c> are
/// resolved, wildcards match. Other properties and explicit imports are not evaluated.
/// </summary>
internal static class AdditionalFilesScope
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(1);

    /// <summary>The assembly names of the projects in <paramref name="scope"/> that add <paramref name="file"/>, in name order.</summary>
    public static IReadOnlyList<string> ProjectsReading(string file, ImportScope scope)
    {
        var full = Path.GetFullPath(file);
        var documents = new Dictionary<string, XDocument?>(StringComparer.Ordinal);
        var assemblies = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var project in scope.Files.Where(f => f.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase)))
        {
            var projectDirectory = Path.GetDirectoryName(project)!;
            var declaring = new[] { Nearest("Directory.Build.props", projectDirectory, scope), project, Nearest("Directory.Build.targets", projectDirectory, scope) };
            foreach (var path in declaring.OfType<string>())
            {
                var document = Load(path, documents);
                if (document is not null && Includes(document, path, projectDirectory, full))
                {
                    assemblies.Add(ProjectFile.AssemblyName(Load(project, documents), project));
                    break;
                }
            }
        }

        return [.. assemblies];
    }

    private static string? Nearest(string name, string directory, ImportScope scope)
    {
        for (var current = directory; current is not null && current.StartsWith(scope.Root, StringComparison.Ordinal); current = Path.GetDirectoryName(current))
        {
            var candidate = Path.Combine(current, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static XDocument? Load(string path, Dictionary<string, XDocument?> cache)
    {
        if (!cache.TryGetValue(path, out var document))
        {
            document = ProjectFile.Load(path);
            cache[path] = document;
        }

        return document;
    }

    private static bool Includes(XDocument document, string declaringFile, string projectDirectory, string file)
    {
        foreach (var item in document.Descendants().Where(e => e.Name.LocalName == "AdditionalFiles"))
        {
            var include = (string?)item.Attribute("Include");
            if (include is null)
            {
                continue;
            }

            foreach (var part in include.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var resolved = part
                    .Replace("$(MSBuildThisFileDirectory)", Path.GetDirectoryName(declaringFile) + Path.DirectorySeparatorChar, StringComparison.OrdinalIgnoreCase)
                    .Replace("$(MSBuildProjectDirectory)", projectDirectory, StringComparison.OrdinalIgnoreCase)
                    .Replace('\\', Path.DirectorySeparatorChar);
                if (resolved.Contains("$(", StringComparison.Ordinal))
                {
                    continue;
                }

                var path = Path.GetFullPath(Path.Combine(projectDirectory, resolved));
                if (path == file || (path.Contains('*', StringComparison.Ordinal) && Wildcard(path).IsMatch(file)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static Regex Wildcard(string pattern)
    {
        var separator = Regex.Escape(Path.DirectorySeparatorChar.ToString());
        var regex = Regex.Escape(pattern)
            .Replace(@"\*\*" + separator, "(.*" + separator + ")?", StringComparison.Ordinal)
            .Replace(@"\*", "[^" + separator + "]*", StringComparison.Ordinal)
            .Replace(@"\?", "[^" + separator + "]", StringComparison.Ordinal);
        return new Regex("^" + regex + "$", RegexOptions.CultureInvariant, RegexTimeout);
    }
}
