using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TechLead.Fitness.Sources;
using TechLead.Rules;
using TechLead.Rules.Baselines;
using TechLead.Rules.Model;
using TechLead.Rules.Parsing;

namespace TechLead.Fitness;

/// <summary>
/// Where the ADRs (and the optional <c>techlead.baseline.json</c>) come from. Sources are read once
/// per test run and shared by every case.
/// </summary>
public sealed class AdrSource
{
    private static readonly ConcurrentDictionary<string, Lazy<LoadedAdrs>> Cache = new(StringComparer.Ordinal);

    private readonly string cacheKey;
    private readonly Func<LoadedAdrs> load;

    private AdrSource(string description, string cacheKey, Func<LoadedAdrs> load)
    {
        Description = description;
        this.cacheKey = cacheKey;
        this.load = load;
    }

    /// <summary>What the source reads, for messages.</summary>
    public string Description { get; }

    /// <summary>
    /// Every <c>*.md</c> under <paramref name="path"/> (recursively). A relative path is tried against the
    /// test assembly's folder and each folder above it, so <c>"../../docs/adr"</c> and <c>"docs/adr"</c> both
    /// work from <c>bin/Debug/net10.0</c>. The baseline defaults to <c>techlead.baseline.json</c> in the
    /// folder that holds <c>docs/</c>; pass <paramref name="baselinePath"/> to use another file.
    /// </summary>
    public static AdrSource FromDirectory(string path, string? baselinePath = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return new AdrSource($"ADR directory '{path}'", "dir\0" + path + "\0" + baselinePath + "\0" + AppContext.BaseDirectory, () => LoadDirectory(path, baselinePath));
    }

    /// <summary>The given ADR files (no baseline unless <see cref="WithBaselineFile"/>).</summary>
    public static AdrSource FromFiles(params string[] paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var full = paths.Select(Path.GetFullPath).ToArray();
        return new AdrSource($"ADR files {string.Join(", ", paths)}", "files\0" + string.Join("\0", full), () => LoadFiles(full, null, null));
    }

    /// <summary>One ADR given as text (for tests); <paramref name="path"/> is how it is reported.</summary>
    public static AdrSource FromText(string path, string text) => FromTexts(new Dictionary<string, string> { [path] = text });

    /// <summary>Several ADRs given as text, keyed by the path each is reported under.</summary>
    public static AdrSource FromTexts(IReadOnlyDictionary<string, string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var copy = files.OrderBy(f => f.Key, StringComparer.Ordinal).ToList();
        var key = "text\0" + string.Join("\0", copy.Select(f => f.Key + "\0" + f.Value));
        return new AdrSource("ADR text", key, () => Loaded(AdrSet.Load(copy.Select(f => new AdrSourceFile(f.Key, f.Value))), null, null, null, null));
    }

    /// <summary>This source with the baseline read from a file (missing file: no baseline; an error only when strict).</summary>
    public AdrSource WithBaselineFile(string path)
    {
        var full = Path.GetFullPath(path);
        return new AdrSource(Description, cacheKey + "\0baseline-file\0" + full, () => WithBaseline(load(), full, ReadIfExists(full)));
    }

    /// <summary>This source with the baseline given as text (for tests).</summary>
    public AdrSource WithBaselineText(string path, string text) =>
        new(Description, cacheKey + "\0baseline-text\0" + path + "\0" + text, () => WithBaseline(load(), path, text));

    public override string ToString() => Description;

    internal LoadedAdrs Load() => Cache.GetOrAdd(cacheKey, _ => new Lazy<LoadedAdrs>(load)).Value;

    /// <summary>The folders a relative path is tried against: the test assembly's folder, then each parent.</summary>
    internal static IEnumerable<string> Candidates(string path)
    {
        if (Path.IsPathRooted(path))
        {
            yield return Path.GetFullPath(path);
            yield break;
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            yield return Path.GetFullPath(Path.Combine(directory.FullName, path));
        }
    }

    private static LoadedAdrs LoadDirectory(string path, string? baselinePath)
    {
        var directory = Candidates(path).FirstOrDefault(Directory.Exists);
        if (directory is null)
        {
            var error = $"ADR directory '{path}' not found (looked in {AppContext.BaseDirectory} and every folder above it); pass the path of your docs/adr folder to AdrSource.FromDirectory";
            return Loaded(AdrSet.Load([]), null, null, null, error);
        }

        // The .puml files are PlantUML diagrams a diagram rule may name (rules/0037).
        var files = Directory.GetFiles(directory, "*.md", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(directory, "*.puml", SearchOption.AllDirectories))
            .OrderBy(f => f, StringComparer.Ordinal).ToArray();
        var root = RepositoryLayout.RepositoryRootOf(directory);
        var baseline = baselinePath is null ? RepositoryLayout.DefaultBaselinePath(root) : Candidates(baselinePath).FirstOrDefault(File.Exists) ?? Path.GetFullPath(baselinePath);
        return LoadFiles(files, baseline, root);
    }

    private static LoadedAdrs LoadFiles(string[] files, string? baselinePath, string? root)
    {
        var set = AdrSet.Load(files.Select(f => new AdrSourceFile(f, Read(f))));
        return Loaded(set, baselinePath, baselinePath is null ? null : ReadIfExists(baselinePath), root, null);
    }

    private static LoadedAdrs WithBaseline(LoadedAdrs adrs, string path, string? text) =>
        Loaded(adrs.Set, path, text, adrs.RepositoryRoot, adrs.Error);

    private static LoadedAdrs Loaded(AdrSet set, string? baselinePath, string? baselineText, string? root, string? error)
    {
        var problems = new List<AdrDiagnostic>();
        var baseline = baselinePath is not null && baselineText is not null ? Baseline.Parse(baselinePath, baselineText, problems) : Baseline.Empty;
        return new LoadedAdrs(set, baseline, baselinePath, baselinePath is not null && baselineText is null, problems, root, error);
    }

    private static string Read(string path) => FileText.Decode(File.ReadAllBytes(path));

    private static string? ReadIfExists(string path) => File.Exists(path) ? Read(path) : null;
}
