using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace TechLead.EndToEnd.DocTests;

/// <summary>
/// A Markdown page of docs/ read as the test of itself: its <c>sh</c> blocks in order (<see cref="Commands"/>) and
/// the blocks it marks as files (<see cref="Files"/>). Directives are HTML comments on the last non-blank line
/// before a fence, so readers of the rendered page do not see them.
/// </summary>
internal sealed partial class DocPage
{
    private DocPage(string path, IReadOnlyList<DocCommandBlock> commands, IReadOnlyList<DocFileBlock> files)
    {
        Path = path;
        Commands = commands;
        Files = files;
    }

    public string Path { get; }

    public IReadOnlyList<DocCommandBlock> Commands { get; }

    public IReadOnlyList<DocFileBlock> Files { get; }

    /// <summary>Reads <c>docs/<paramref name="name"/></c> of this checkout.</summary>
    public static DocPage Load(string name)
    {
        var path = RepoPaths.Combine("docs", name);
        return Parse(path, File.ReadAllText(path));
    }

    public static DocPage Parse(string path, string markdown)
    {
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        var commands = new List<DocCommandBlock>();
        var files = new List<DocFileBlock>();
        string? directive = null;
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index];
            if (!line.StartsWith("```", StringComparison.Ordinal))
            {
                if (!string.IsNullOrWhiteSpace(line))
                {
                    directive = DirectivePattern().Match(line.Trim()) is { Success: true } match ? match.Groups["text"].Value.Trim() : null;
                }

                continue;
            }

            var language = line[3..].Trim();
            var start = index + 1;
            var end = Array.FindIndex(lines, start, l => l == "```");
            if (end < 0)
            {
                throw new FormatException($"{path}({index + 1}): the fence opened here is never closed.");
            }

            var body = string.Join('\n', lines[start..end]);
            if (directive is not null && directive.StartsWith("file:", StringComparison.Ordinal))
            {
                files.Add(new DocFileBlock(index + 1, directive["file:".Length..].Trim(), body + "\n"));
            }
            else if (language == "sh")
            {
                commands.Add(new DocCommandBlock(index + 1, body, ExpectedExitCode(path, index + 1, directive), []));
            }
            else if (language == "text" && commands.Count > 0 && commands[^1].ExpectedOutput.Count == 0)
            {
                commands[^1] = commands[^1] with { ExpectedOutput = lines[start..end].Where(l => l.Trim().Length > 0 && l.Trim() != "...").ToArray() };
            }

            directive = null;
            index = end;
        }

        return new DocPage(path, commands, files);
    }

    private static int ExpectedExitCode(string path, int line, string? directive)
    {
        if (directive is null)
        {
            return 0;
        }

        var match = ExpectExitPattern().Match(directive);
        return match.Success
            ? int.Parse(match.Groups["code"].Value, System.Globalization.CultureInfo.InvariantCulture)
            : throw new FormatException($"{path}({line}): unknown directive '{directive}' before an sh block; use 'expect: exit N'.");
    }

    [GeneratedRegex(@"^<!--\s*(?<text>.*?)\s*-->$")]
    private static partial Regex DirectivePattern();

    [GeneratedRegex(@"^expect:\s*exit\s+(?<code>\d+)$")]
    private static partial Regex ExpectExitPattern();
}
