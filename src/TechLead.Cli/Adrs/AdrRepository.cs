using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TechLead.Rules;
using TechLead.Rules.Model;
using TechLead.Rules.Parsing;

namespace TechLead.Cli.Adrs;

/// <summary>The ADR folder of a repository, read from disk: its files (full paths and text) and the validated set.</summary>
internal sealed class AdrRepository
{
    private AdrRepository(string directory, IReadOnlyList<AdrSourceFile> files, IReadOnlyList<AdrSourceFile> diagramFiles)
    {
        Directory = directory;
        RepositoryRoot = RepositoryLayout.RepositoryRootOf(directory);
        Files = files;
        DiagramFiles = diagramFiles;
        Set = AdrSet.Load(files.Concat(diagramFiles));
    }

    /// <summary>Absolute path of the ADR folder.</summary>
    public string Directory { get; }

    /// <summary>The folder that holds <c>docs/</c>.</summary>
    public string RepositoryRoot { get; }

    /// <summary>Every <c>*.md</c> under the folder (recursively, as the package props include them), by full path.</summary>
    public IReadOnlyList<AdrSourceFile> Files { get; }

    /// <summary>Every <c>*.puml</c> under the folder: PlantUML diagrams a <c>diagram</c> rule may name (rules/0037).</summary>
    public IReadOnlyList<AdrSourceFile> DiagramFiles { get; }

    public AdrSet Set { get; }

    /// <summary>An ADR folder from files already in memory (tests, and impact's rewritten ADR).</summary>
    public static AdrRepository FromFiles(string directory, IReadOnlyList<AdrSourceFile> files) =>
        new(Path.GetFullPath(directory), files.Where(f => !IsDiagram(f.Path)).ToList(), files.Where(f => IsDiagram(f.Path)).ToList());

    public static AdrRepository Load(string directory)
    {
        var full = Path.GetFullPath(directory);
        return new AdrRepository(full, Read(full, "*.md"), Read(full, "*.puml"));
    }

    /// <summary>The ADR with this id; unknown ids are bad input (exit 2).</summary>
    public AdrDocument Require(string id) =>
        Set.FindById(id) ?? Set.FindById(Normalize(id))
        ?? throw new Infrastructure.BadInputException($"unknown ADR id '{id}'; 'techlead adr list' shows the ids in {Infrastructure.PathDisplay.Relative(Directory)}");

    public string TextOf(AdrDocument document) => Files.First(f => f.Path == document.Path).Text;

    /// <summary>Accepts the short forms people type: <c>7</c>, <c>0007</c>, <c>adr-7</c>.</summary>
    private static string Normalize(string id)
    {
        var digits = id.StartsWith(AdrIds.Prefix, StringComparison.OrdinalIgnoreCase) ? id.Substring(AdrIds.Prefix.Length) : id;
        return int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? AdrIds.Of(number)
            : id;
    }

    private static List<AdrSourceFile> Read(string folder, string pattern) =>
        System.IO.Directory.EnumerateFiles(folder, pattern, SearchOption.AllDirectories)
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new AdrSourceFile(p, ReadText(p)))
            .ToList();

    private static bool IsDiagram(string path) => path.EndsWith(".puml", StringComparison.OrdinalIgnoreCase);

    private static string ReadText(string path) => FileText.Decode(File.ReadAllBytes(path));
}
