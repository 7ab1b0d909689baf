using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using TechLead.Rules.Model;
using TechLead.Rules.Parsing;
using TechLead.Rules.Parsing.Yaml;
using TechLead.Rules.Tests.Fuzz;
using Xunit.Abstractions;

namespace TechLead.Rules.Tests.Parsing;

/// <summary>
/// The subset reader (rules/0054) against YamlDotNet on every YAML chunk the repository holds (rules/, samples/,
/// the conformance corpus, docs' examples, benchmark ADRs), their CRLF copies, and hundreds of thousands of
/// mutations of them: wherever the subset reader answers, YamlDotNet must read the same tree (values, styles,
/// spans) with no diagnostic; wherever it declines, the parse is YamlDotNet's by construction. Since everything after
/// the reader is a function of the tree and the diagnostics, the ADR model and every TL9xxx are identical.
/// </summary>
[Collection(HeavyInputSuites.Name)]
public sealed class SubsetYamlDifferentialTests(ITestOutputHelper output)
{
    private const string Path = "docs/adr/0007-subset.md";

    /// <summary>Inputs written to sit on each edge of the subset: each must read as YamlDotNet reads it, or be declined.</summary>
    private static readonly string[] Tricky =
    [
        "id: ADR-0001\ntitle: Plain title, with [brackets] and {braces}\nstatus: accepted\n",
        "a: 'it''s'\nb: \"tab\\tquote\\\" slash\\/ back\\\\\"\nc: \"\\x41\"\nd: \"\\u00e9\"\n",
        "key:   spaced value   # comment\nother: x#not-a-comment\nthird: C# and F#\n",
        "rules:\n- id: a\n  kind: forbid\n- id: b\n  kind: layers\n",
        "rules:\n  - id: a\n    from: [A.**, 'B.**', \"C.**\"]\n    to: { namespace: D.**, visibility: public }\n",
        "- { id: x, kind: forbid, from: A, to: B }\n- [a, [b, [c]], {}]\n- []\n- {}\n",
        "[a, b]\n",
        "{ a: b }\n",
        "a: [a, b,]\n",
        "a: [a, b\nb: c\n",
        "a: { b }\n",
        "a: { b: }\n",
        "a: [ b: c ]\n",
        "a: -1\nb: -x\nc: -\n",
        "a: - b\n",
        "a:\n",
        "a: \nb: c\n",
        "a: # only a comment\n  b: c\n",
        "-\n  a: b\n-\n  - c\n",
        "- - a\n  - b\n",
        "a: &x 1\nb: *x\n",
        "a: **.*Handler\n",
        "a: !tag x\n",
        "a: |\n  block\n",
        "a: >\n  folded\n",
        "a: multi\n  line\n",
        "a: 'multi\n  line'\n",
        "a: \"multi\n  line\"\n",
        "a: b\na: c\n",
        "a: b: c\n",
        "a: b:\n",
        "? a\n: b\n",
        "a:\n    b: c\n  d: e\n",
        "a:\n  b: c\n d: e\n",
        "  a: b\n  c: d\n",
        "a:\t b\n",
        "a: b\r\nc: d\r\n",
        "a: b\rc: d\n",
        "---\na: b\n",
        "a: b\n---\nc: d\n",
        "a: b\n...\n",
        "%YAML 1.1\n---\na: b\n",
        "\uFEFFa: b\n",
        "a: caf\u00e9 \U0001F600\n",
        "a: line\u2028sep\n",
        "\"quoted key\": v\n'single': w\n",
        "\"k\":v\n",
        "a: \"x\" y\n",
        "a: [x]y\n",
        "a: [x] # c\nb: {y: z}#c\n",
        "a:b\n",
        "a: {x:y}\n",
        "a: [T:System.DateTime, M:X.Y(System.String)]\n",
        "a: { symbol: T:System.DateTime }\n",
        "key with spaces: value\n",
        "a: ~\nb: null\nc: true\nd: 1.5e3\ne: 0x1F\n",
        "a:\n- b\n- c\nd: e\n",
        "a:\n- b\n  c: d\n",
        "- a\n  b\n",
        "- a\n-b\n",
        "- a\n - b\n",
        "a: @b\n",
        "a: `b`\n",
        "a: %b\n",
        "a: ,b\n",
        "a: ?b\n",
        "a: :b\n",
        "a: [?b]\n",
        "a: [-b, - c]\n",
        "a: [a #c]\n",
        "a: ''\nb: \"\"\n",
        "'': a\n",
        "a: '  padded  '\n",
        "# only a comment\n",
        "\n\n",
        "   \n",
        "a: b   \n\n\n   # trailing\n",
    ];

    [Fact]
    public void Every_chunk_in_the_repository_reads_as_yamldotnet_reads_it_and_the_subset_reads_all_of_ours()
    {
        var declined = new List<string>();
        var chunks = RepositoryChunks().ToList();
        foreach (var (name, text) in chunks)
        {
            foreach (var variant in new[] { text, text.Replace("\n", "\r\n") })
            {
                if (!Compare(variant, name))
                {
                    declined.Add(name);
                }
            }
        }

        output.WriteLine($"{chunks.Count} chunks, {declined.Count} of {chunks.Count * 2} readings declined by the subset: {string.Join(", ", declined.Distinct().Take(40))}");
        Assert.True(chunks.Count > 150, $"only {chunks.Count} chunks found");

        // The point of the subset: every ADR this repository ships reads without YamlDotNet.
        Assert.DoesNotContain(declined, name => name.StartsWith("rules", StringComparison.Ordinal) || name.StartsWith("samples", StringComparison.Ordinal));
    }

    [Fact]
    public void Tricky_inputs_read_as_yamldotnet_reads_them_or_are_declined()
    {
        var answered = Tricky.Count(chunk => Compare(chunk, chunk) && Compare(chunk.Replace("\n", "\r\n"), chunk));
        output.WriteLine($"{answered} of {Tricky.Length} answered by the subset");
        Assert.InRange(answered, 20, Tricky.Length - 40);
    }

    [Fact]
    public void Mutations_of_every_chunk_read_as_yamldotnet_reads_them_or_are_declined()
    {
        var seeds = RepositoryChunks().Select(chunk => chunk.Text).Concat(Tricky).Distinct().ToList();
        var mutator = new AdrMutator(seed: 20261207);
        var random = new Random(20261207);
        var (total, answered) = (0, 0);
        foreach (var seed in seeds)
        {
            // The fuzz suite's mutator swaps and edits 'key:' lines; it needs some.
            var fuzzed = seed.Contains(": ", StringComparison.Ordinal) ? Enumerable.Range(0, 20).Select(_ => mutator.Mutate(seed)) : [];
            foreach (var variant in YamlMutations(seed, random).Concat(fuzzed))
            {
                total++;
                answered += Compare(variant, seed) ? 1 : 0;
            }
        }

        output.WriteLine($"{total} mutations of {seeds.Count} chunks, {answered} answered by the subset");
        Assert.True(total > 50_000 && answered > 10_000, $"{total} mutations, {answered} answered");
    }

    /// <summary>Both readers on one chunk; true when the subset answered (and agreed), false when it declined.</summary>
    private static bool Compare(string chunk, string name)
    {
        var text = "---\n" + chunk;
        var map = new LineMap(text);
        var yamlDotNetDiagnostics = new List<AdrDiagnostic>();
        var expected = YamlTreeReader.Read(chunk, 4, map, Path, yamlDotNetDiagnostics);
        if (!SubsetYamlReader.TryRead(chunk, 4, map, out var actual))
        {
            return false;
        }

        if (yamlDotNetDiagnostics.Count > 0)
        {
            Assert.Fail($"the subset read a chunk YamlDotNet reports ({yamlDotNetDiagnostics[0].Message}) in {name}:\n{chunk}");
        }

        Assert.True(Dump(expected) == Dump(actual), $"{name}:\n{chunk}\n--- YamlDotNet ---\n{Dump(expected)}\n--- subset ---\n{Dump(actual)}");

        // And through the one entry point the parser uses.
        var viaEntry = YamlChunkReader.Read(chunk, 4, map, Path, []);
        Assert.Equal(Dump(expected), Dump(viaEntry));
        return true;
    }

    private static string Dump(YamlNode? node)
    {
        var builder = new StringBuilder();
        Dump(node, builder, 0);
        return builder.ToString();
    }

    private static void Dump(YamlNode? node, StringBuilder builder, int depth)
    {
        builder.Append(' ', depth * 2);
        if (node is null)
        {
            builder.Append("(none)\n");
            return;
        }

        var span = node.Span;
        builder.Append(CultureInfo.InvariantCulture, $"{node.GetType().Name} {span.Start}+{span.Length} {span.StartLine}:{span.StartColumn}-{span.EndLine}:{span.EndColumn}");
        switch (node)
        {
            case YamlScalar scalar:
                builder.Append(CultureInfo.InvariantCulture, $" {(scalar.IsPlain ? "plain" : "quoted")} [{scalar.Value}]\n");
                break;
            case YamlSequence sequence:
                builder.Append('\n');
                foreach (var item in sequence.Items)
                {
                    Dump(item, builder, depth + 1);
                }

                break;
            case YamlMapping mapping:
                builder.Append('\n');
                foreach (var entry in mapping.Entries)
                {
                    Dump(entry.Key, builder, depth + 1);
                    Dump(entry.Value, builder, depth + 2);
                }

                break;
        }
    }

    /// <summary>The front matter and techlead blocks of every Markdown file, and every ```yaml example in the docs.</summary>
    private static IEnumerable<(string Name, string Text)> RepositoryChunks()
    {
        var root = RepoPaths.Root;
        var folders = new[] { "rules", "samples", "docs", "tests", "benchmarks", "schemas" };
        foreach (var folder in folders)
        {
            foreach (var file in Directory.EnumerateFiles(System.IO.Path.Combine(root, folder), "*.md", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
            {
                if (file.Contains($"{System.IO.Path.DirectorySeparatorChar}bin{System.IO.Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                    || file.Contains($"{System.IO.Path.DirectorySeparatorChar}obj{System.IO.Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                {
                    continue;
                }

                var name = System.IO.Path.GetRelativePath(root, file).Replace('\\', '/');
                var map = new LineMap(File.ReadAllText(file));
                var layout = MarkdownLayout.Read(map, name, []);
                if (layout.FrontMatter is { } frontMatter)
                {
                    yield return (name, frontMatter.Text);
                }

                foreach (var block in layout.RuleBlocks)
                {
                    yield return (name, block.Text);
                }

                foreach (var example in YamlFences(map))
                {
                    yield return (name + " (yaml example)", example);
                }
            }
        }
    }

    private static IEnumerable<string> YamlFences(LineMap map)
    {
        for (var line = 0; line < map.LineCount; line++)
        {
            if (map.LineText(line).Trim() != "```yaml")
            {
                continue;
            }

            var body = new StringBuilder();
            for (line++; line < map.LineCount && map.LineText(line).Trim() != "```"; line++)
            {
                body.Append(map.LineText(line)).Append('\n');
            }

            yield return body.ToString();
        }
    }

    /// <summary>
    /// YAML's own edges: an indicator, quote, bracket, tab, line break or space inserted at every place a person types
    /// one (line starts, after '- ' and ': ', around quotes, brackets and comments) and at random places, one character
    /// deleted at each of those, every line re-indented, and a sample of the fuzz suite's structural typos.
    /// </summary>
    private static IEnumerable<string> YamlMutations(string seed, Random random)
    {
        string[] inserts = ["&", "*", "!", "|", ">", "%", "@", "`", ":", ": ", "#", " #", "-", "- ", "?", ",", "\t", "\r", " ", "'", "\"", "[", "]", "{", "}", "\\", "\n", "\n  ", "---\n", "\u2028", "''", "\\x"];
        var places = new SortedSet<int> { 0, seed.Length };
        for (var i = 0; i < seed.Length; i++)
        {
            if (seed[i] is '\n' or ':' or '-' or '#' or '"' or '\'' or '[' or ']' or '{' or '}' or ',')
            {
                places.Add(i);
                places.Add(i + 1);
            }
            else if (i > 0 && seed[i - 1] == ' ' && seed[i] != ' ')
            {
                places.Add(i);
            }
        }

        for (var i = 0; i < 16 && seed.Length > 0; i++)
        {
            places.Add(random.Next(seed.Length + 1));
        }

        var k = 0;
        foreach (var place in places)
        {
            yield return seed.Insert(place, inserts[k++ % inserts.Length]);
            yield return seed.Insert(place, inserts[(k * 7) % inserts.Length]);
            if (place < seed.Length)
            {
                yield return seed.Remove(place, 1);
            }
        }

        var lines = seed.Split('\n');
        for (var line = 0; line < lines.Length; line++)
        {
            foreach (var indent in new[] { " ", "  ", "    " })
            {
                yield return string.Join("\n", lines.Select((text, at) => at == line ? indent + text : text));
            }

            if (lines[line].StartsWith(' '))
            {
                yield return string.Join("\n", lines.Select((text, at) => at == line ? text.Substring(1) : text));
            }
        }

        foreach (var (_, text) in StructuredMutations.Of(seed).Where((_, index) => index % 23 == 0))
        {
            yield return text;
        }
    }
}
