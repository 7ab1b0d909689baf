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
    private AssemblySet(IReadOnlyList<string> paths, string key)
    {
        Paths = paths;
        Key = key;
    }

    /// <summary>Absolute paths, distinct, in ordinal order.</summary>
    public IReadOnlyList<string> Paths { get; }

    public string Key { get; }

    public static AssemblySet FromPaths(IEnumerable<string> paths)
    {
        var sorted = paths.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal).ToList();
        var key = string.Join("|", sorted.Select(Describe));
        return new AssemblySet(sorted, key);
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
