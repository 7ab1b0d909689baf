using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using TechLead.Rules.Writing;

namespace TechLead.Cli.Importing.TestCode;

/// <summary>
/// ArchUnitNET's <c>Types().Should().AdhereToPlantUmlDiagram(file)</c> as a <c>diagram</c> rule of the same meaning
/// (rules/0037): the diagram is read as ArchUnitNET 0.13.5 reads it (component lines <c>[Name] &lt;&lt;regex&gt;&gt; as
/// alias</c>, arrows <c>A --&gt; B</c> / <c>B &lt;-- A</c> with an optional direction or colour, every other line
/// ignored) and written back into the ADR as a ```` ```plantuml ```` block of only those lines. Each stereotype is a
/// regular expression ArchUnitNET matches anywhere in a type's full name: one anchored at a namespace
/// (<c>^Shop\.Ordering\..*</c>) becomes the glob <c>Shop.Ordering.**</c>, any other <c>full-name-matches</c>.
/// </summary>
internal static class PlantUmlDiagramImport
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
    private static readonly Regex Component = new(@"^\s*\[(?<name>[^\[\]]+)]\s*(?<stereotypes>(?:<<[^<>]+>>\s*)*)\s*(?:as ""?(?<alias>[^""]+)""?)?\s*$", RegexOptions.CultureInvariant, Timeout);
    private static readonly Regex Stereotype = new("<<(?<pattern>[^<>]+)>>", RegexOptions.CultureInvariant, Timeout);
    private static readonly Regex RightArrow = new(@"\s-+(?:left|right|up|down|\[[^\]]+\])?-*>\s", RegexOptions.CultureInvariant, Timeout);
    private static readonly Regex LeftArrow = new(@"\s<-*(?:left|right|up|down|\[[^\]]+\])?-+\s", RegexOptions.CultureInvariant, Timeout);

    /// <summary>The rule, with its diagram block, named by the rule id.</summary>
    public static RuleDraft Translate(string id, string path, string diagramText)
    {
        var lines = diagramText.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Where(l => !l.TrimStart().StartsWith('\'')).ToList();
        var components = new List<(string Name, List<string> Stereotypes, string? Alias)>();
        foreach (var line in lines)
        {
            if (line.TrimStart().StartsWith("!include", StringComparison.Ordinal))
            {
                throw new UntranslatableException($"'{path}' includes another diagram ('{line.Trim()}'), which ArchUnitNET does not read either; inline it");
            }

            if (Component.Match(line) is not { Success: true } match)
            {
                continue;
            }

            var name = match.Groups["name"].Value;
            var stereotypes = Stereotype.Matches(line).Select(m => m.Groups["pattern"].Value).Distinct(StringComparer.Ordinal).ToList();
            if (stereotypes.Count == 0)
            {
                throw new UntranslatableException($"component '{name}' of '{path}' has no stereotype (<<namespace regex>>); ArchUnitNET refuses such a diagram");
            }

            if (components.All(c => c.Name != name))
            {
                components.Add((name, stereotypes, match.Groups["alias"].Success ? match.Groups["alias"].Value.Trim() : null));
            }
        }

        if (components.Count == 0)
        {
            throw new UntranslatableException($"'{path}' has no component line '[Name] <<Namespace.Regex>>'");
        }

        var arrows = new List<(string From, string To)>();
        foreach (var line in lines)
        {
            foreach (var (from, to) in Arrows(line))
            {
                var pair = (Find(components, from, path), Find(components, to, path));
                if (!arrows.Contains(pair))
                {
                    arrows.Add(pair);
                }
            }
        }

        var block = new StringBuilder("```plantuml\n' techlead: ").Append(id).Append("\n@startuml\n");
        foreach (var (name, stereotypes, _) in components)
        {
            block.Append('[').Append(name).Append("] ").Append(string.Join(" ", stereotypes.Select(s => "<<" + s + ">>"))).Append('\n');
        }

        foreach (var (from, to) in arrows)
        {
            block.Append('[').Append(from).Append("] --> [").Append(to).Append("]\n");
        }

        block.Append("@enduml\n```\n");
        var mapping = new YamlDraftMapping(components.Select(c => new KeyValuePair<string, YamlDraftNode>(
            c.Name,
            c.Stereotypes.Count == 1
                ? FullNameMatches(c.Stereotypes[0])
                : new YamlDraftSequence(c.Stereotypes.Select(FullNameMatches)))));
        return new RuleDraft(id, "diagram") { Diagram = block.ToString() }.With("diagram", id).With("components", mapping);
    }

    private static readonly Regex AnchoredNamespace = new(@"^\^(?<name>[A-Za-z_][A-Za-z0-9_]*(\\\.[A-Za-z_][A-Za-z0-9_]*)*)\\\.\.[*+]\$?$", RegexOptions.CultureInvariant, Timeout);

    /// <summary>The selector of one stereotype: a glob when one says the same, else the regular expression itself.</summary>
    private static YamlDraftNode FullNameMatches(string pattern) =>
        AnchoredNamespace.Match(pattern) is { Success: true } match
            ? match.Groups["name"].Value.Replace("\\.", ".", StringComparison.Ordinal) + ".**"
            : new YamlDraftMapping([new("full-name-matches", pattern)]);

    /// <summary>ArchUnitNET's reading of a dependency line: the arrow anywhere, the names before a <c>: description</c>.</summary>
    private static IEnumerable<(string From, string To)> Arrows(string line)
    {
        foreach (var (arrow, leftToRight) in new[] { (RightArrow, true), (LeftArrow, false) })
        {
            if (!arrow.IsMatch(line))
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var parts = arrow.Replace(colon < 0 ? line : line[..colon], " ").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.Length < 2)
            {
                continue;
            }

            yield return leftToRight ? (parts[0], parts[1]) : (parts[1], parts[0]);
        }
    }

    private static string Find(List<(string Name, List<string> Stereotypes, string? Alias)> components, string text, string path)
    {
        var name = text.Trim().TrimStart('[').TrimEnd(']');
        foreach (var component in components)
        {
            if (component.Alias == name)
            {
                return component.Name;
            }
        }

        return components.Any(c => c.Name == name)
            ? name
            : throw new UntranslatableException($"an arrow of '{path}' names '{name}', which is no component; ArchUnitNET refuses such a diagram");
    }

    /// <summary>
    /// The diagram file a test names: the path as written, from the test file's folder and each folder above it up to
    /// <paramref name="root"/> (ArchUnitNET resolves it from the test's working folder, usually below the project).
    /// </summary>
    public static string? Locate(string written, string testFile, string root)
    {
        if (Path.IsPathRooted(written))
        {
            return File.Exists(written) ? written : null;
        }

        var fullRoot = Path.GetFullPath(root);
        for (var folder = Path.GetDirectoryName(Path.GetFullPath(testFile)); folder is not null && folder.StartsWith(fullRoot, StringComparison.Ordinal); folder = Path.GetDirectoryName(folder))
        {
            foreach (var candidate in new[] { Path.GetFullPath(Path.Combine(folder, written)), Path.Combine(folder, Path.GetFileName(written)) })
            {
                if (candidate.StartsWith(fullRoot, StringComparison.Ordinal) && File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
