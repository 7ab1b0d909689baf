using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace TechLead.Fitness.Engines;

/// <summary>
/// The compiled assemblies under test, by file path. Its <see cref="Key"/> (paths, sizes and write
/// times) is what engines cache their loaded architecture by: once per assembly set per test run.
/// </summary>
internal sealed class AssemblySet
{
    private AssemblySet(IReadOnlyList<string> paths, IReadOnlyList<string> referenceDirectories, string key)
    {
        Paths = paths;
        ReferenceDirectories = referenceDirectories;
        Key = key;
    }

    /// <summary>Absolute paths, distinct, in ordinal order.</summary>
    public IReadOnlyList<string> Paths { get; }

    /// <summary>
    /// Folders that hold what the assemblies reference, searched after the running runtime: given by a tool that compiled
    /// them itself (infer emits each project's compilation; its packages stay where the compiler found them).
    /// </summary>
    public IReadOnlyList<string> ReferenceDirectories { get; }

    public string Key { get; }

    public static AssemblySet FromPaths(IEnumerable<string> paths) => FromPaths(paths, []);

    public static AssemblySet FromPaths(IEnumerable<string> paths, IEnumerable<string> referenceDirectories)
    {
        var sorted = paths.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal).ToList();
        var directories = referenceDirectories.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).ToList();
        var key = string.Join("|", sorted.Select(Describe));
        return new AssemblySet(sorted, directories, directories.Count == 0 ? key : key + "|refs:" + string.Join("|", directories));
    }

    public static AssemblySet FromAssemblies(IEnumerable<System.Reflection.Assembly> assemblies) =>
        FromPaths(assemblies.Select(a => string.IsNullOrEmpty(a.Location)
            ? throw new ArgumentException($"assembly '{a.GetName().Name}' was loaded from memory; fitness engines read assemblies from disk", nameof(assemblies))
            : a.Location));

    private static string Describe(string path)
    {
        var file = new FileInfo(path);
        return file.Exists
            ? string.Create(CultureInfo.InvariantCulture, $"{path}#{file.Length}#{file.LastWriteTimeUtc.Ticks}")
            : path + "#missing";
    }
}
