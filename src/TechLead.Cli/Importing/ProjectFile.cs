using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace TechLead.Cli.Importing;

/// <summary>What an importer needs from a <c>.csproj</c> without evaluating it: the assembly it builds.</summary>
internal static class ProjectFile
{
    /// <summary>A literal <c>&lt;AssemblyName&gt;</c>, else the file name (MSBuild's default).</summary>
    public static string AssemblyName(string path) => AssemblyName(Load(path), path);

    public static string AssemblyName(XDocument? project, string path)
    {
        var declared = project?.Descendants().FirstOrDefault(e => e.Name.LocalName == "AssemblyName")?.Value.Trim();
        return declared is { Length: > 0 } && !declared.Contains("$(", StringComparison.Ordinal) ? declared : Path.GetFileNameWithoutExtension(path);
    }

    /// <summary>
    /// The assembly name when the project file says it for certain: a literal <c>&lt;AssemblyName&gt;</c> (with
    /// <c>$(MSBuildProjectName)</c> expanded), else the file name; null when it is built from other properties, which only
    /// MSBuild knows (the file name would name another assembly).
    /// </summary>
    public static string? KnownAssemblyName(string path)
    {
        // MSBuild reads the nearest Directory.Build.props before the project and the nearest Directory.Build.targets after
        // it: the last AssemblyName of the three wins (EvolutionaryArchitecture.$(MSBuildProjectName) set for every project).
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        var candidates = new[] { NearestAbove(folder, "Directory.Build.targets"), path, NearestAbove(folder, "Directory.Build.props") };
        foreach (var file in candidates.OfType<string>())
        {
            var elements = Load(file)?.Descendants().Where(e => e.Name.LocalName == "AssemblyName").ToList() ?? [];
            if (elements.Count == 0)
            {
                continue;
            }

            // A condition, or several settings, are for MSBuild to decide.
            if (elements.Count > 1 || elements[0].AncestorsAndSelf().Any(e => e.Attribute("Condition") is not null))
            {
                return null;
            }

            var expanded = elements[0].Value.Trim().Replace("$(MSBuildProjectName)", Path.GetFileNameWithoutExtension(path), StringComparison.Ordinal);
            return expanded.Length == 0 || expanded.Contains("$(", StringComparison.Ordinal) ? null : expanded;
        }

        return Path.GetFileNameWithoutExtension(path);
    }

    // The file MSBuild's Directory.Build.* import finds: in the folder or the nearest one above it.
    private static string? NearestAbove(string? folder, string name)
    {
        for (var directory = folder; directory is not null; directory = Path.GetDirectoryName(directory))
        {
            var candidate = Path.Combine(directory, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>
    /// The project a source file compiles in: the project file in the nearest folder at or above it that has any, up to
    /// <paramref name="limit"/>; null when there is none, or several in that folder (which one is unknown).
    /// </summary>
    public static string? Nearest(string filePath, string limit, IDictionary<string, string[]>? cache = null)
    {
        var root = Path.GetFullPath(limit);
        for (var directory = Path.GetDirectoryName(filePath); directory is not null && directory.StartsWith(root, StringComparison.Ordinal); directory = Path.GetDirectoryName(directory))
        {
            if (cache is null || !cache.TryGetValue(directory, out var projects))
            {
                projects = ProjectsIn(directory);
                cache?.Add(directory, projects);
            }

            if (projects.Length > 0)
            {
                return projects.Length == 1 ? projects[0] : null;
            }
        }

        return null;
    }

    /// <summary>
    /// The project files of the nearest folder at or above <paramref name="filePath"/> that has any, up to
    /// <paramref name="limit"/>: none when no folder has one, several when which one compiles the file is unknown.
    /// </summary>
    public static IReadOnlyList<string> NearestFolderProjects(string filePath, string limit)
    {
        var root = Path.GetFullPath(limit);
        for (var directory = Path.GetDirectoryName(filePath); directory is not null && directory.StartsWith(root, StringComparison.Ordinal); directory = Path.GetDirectoryName(directory))
        {
            if (ProjectsIn(directory) is { Length: > 0 } projects)
            {
                return projects.Order(StringComparer.Ordinal).ToList();
            }
        }

        return [];
    }

    /// <summary>The parsed file, or null when it cannot be read or is not XML.</summary>
    public static XDocument? Load(string path)
    {
        if (!SourceFile.TryRead(path, out var text, out _))
        {
            return null;
        }

        try
        {
            return XDocument.Parse(text);
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static string[] ProjectsIn(string directory)
    {
        try
        {
            return Directory.GetFiles(directory, "*.csproj");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }
}
