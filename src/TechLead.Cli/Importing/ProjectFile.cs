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
        var declared = Load(path)?.Descendants().FirstOrDefault(e => e.Name.LocalName == "AssemblyName")?.Value.Trim();
        if (declared is not { Length: > 0 })
        {
            return Path.GetFileNameWithoutExtension(path);
        }

        var expanded = declared.Replace("$(MSBuildProjectName)", Path.GetFileNameWithoutExtension(path), StringComparison.Ordinal);
        return expanded.Contains("$(", StringComparison.Ordinal) ? null : expanded;
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
