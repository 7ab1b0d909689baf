using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using TechLead.Analyzers.Tests.Infrastructure;

namespace TechLead.Analyzers.Tests;

/// <summary>
/// Mutations of a valid ADR (byte flips, truncation, line shuffles and duplicates, tabs, every bracket,
/// brace and quote left open) never crash the analyzer (no AD0001, no exception) and only TL9xxx lands in the ADR files.
/// </summary>
public sealed class MalformedAdrFuzzTests
{
    private const string Source = """
        namespace Shop.Infrastructure { public class Db { } }
        namespace Shop.Domain { public class Order { Shop.Infrastructure.Db db; public int ClientId { get; set; } } public class OrderRepo { } }
        namespace Shop.Modules.A { public class X { Shop.Modules.B.Y y; } }
        namespace Shop.Modules.B { public class Y { Shop.Modules.A.X x; System.DateTime Now => System.DateTime.Now; } }
        """;

    private static readonly string Valid = Adrs.WithRules(
        """
          - id: domain-no-infra
            kind: forbid
            from: Shop.Domain.**
            to: [Shop.Infrastructure.**, { namespace: Shop.Data.**, kind: class }]
          - id: layering
            kind: layers
            layers: [{ name: Api, types: Shop.Api.** }, { name: Domain, types: Shop.Domain.** }]
          - id: no-cycles
            kind: acyclic
            slices: Shop.Modules.{slice}.**
          - id: no-clock
            kind: banned-api
            apis: [{ symbol: P:System.DateTime.Now, use-instead: M:System.TimeProvider.GetUtcNow }]
          - id: repo-suffix
            kind: naming
            types: Shop.**
            pattern: '^(?!.*Repo$).*$'
          - id: sealed
            kind: modifiers
            types: Shop.Domain.*
            sealed: true
          - id: words
            kind: vocabulary
            terms: [{ use: Customer, instead-of: [Client] }]
        """,
        extraFrontMatter: "supersedes: [ADR-0001]\ncategory: one-way-door\ndecision-makers: [Ana]\n") + "\n```techlead\n- id: block-rule\n  kind: placement\n  types: '**.*Repository'\n  namespace: Shop.Infrastructure.**\n```\n";

    public static IEnumerable<object[]> Batches() => Enumerable.Range(0, 12).Select(i => new object[] { i });

    [Theory]
    [MemberData(nameof(Batches))]
    public async Task Mutated_ADRs_produce_only_TL9xxx_in_the_ADR_files_and_never_crash(int batch)
    {
        var random = new Random(1000 + batch);
        var files = Enumerable.Range(0, 12).Select(i => ($"/repo/docs/adr/{batch:D2}{i:D2}-fuzz.md", Mutate(Valid, random))).ToList();

        var (diagnostics, exceptions) = await DirectRun.RunAsync(Source, files);

        Assert.Empty(exceptions);
        Assert.NotEmpty(diagnostics);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        var inAdrFiles = diagnostics.Where(d => d.Location.GetLineSpan().Path.EndsWith(".md", StringComparison.Ordinal)).ToList();
        Assert.All(inAdrFiles, d => Assert.StartsWith("TL9", d.Id, StringComparison.Ordinal));
        Assert.All(diagnostics, d => Assert.StartsWith("TL", d.Id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unclosed_brackets_braces_and_quotes_are_located_TL9001_never_please_report()
    {
        var variants = new List<(string Path, string Text)>();
        for (var i = 0; i < Valid.Length; i++)
        {
            if ("[]{}\"'".Contains(Valid[i], StringComparison.Ordinal))
            {
                variants.Add(($"/repo/docs/adr/{variants.Count:D4}-unclosed.md", Valid.Remove(i, 1)));
            }
        }

        var lines = Valid.Split('\n');
        for (var line = 0; line < lines.Length; line++)
        {
            var colon = lines[line].IndexOf(": ", StringComparison.Ordinal);
            if (colon >= 0)
            {
                foreach (var opener in new[] { "[", "{", "\"", "'" })
                {
                    var broken = (string[])lines.Clone();
                    broken[line] = broken[line].Insert(colon + 2, opener);
                    variants.Add(($"/repo/docs/adr/{variants.Count:D4}-unclosed.md", string.Join("\n", broken)));
                }
            }
        }

        var (diagnostics, exceptions) = await DirectRun.RunAsync(Source, variants);

        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        var texts = variants.ToDictionary(v => v.Path, v => v.Text);
        foreach (var diagnostic in diagnostics.Where(d => d.Location.GetLineSpan().Path.EndsWith(".md", StringComparison.Ordinal)))
        {
            var span = diagnostic.Location.GetLineSpan();
            Assert.StartsWith("TL9", diagnostic.Id, StringComparison.Ordinal);
            Assert.DoesNotContain("please report", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            Assert.InRange(span.StartLinePosition.Line, 0, texts[span.Path].Split('\n').Length - 1);
        }

        Assert.Contains(diagnostics, d => d.Id == "TL9001" && d.GetMessage(CultureInfo.InvariantCulture).StartsWith("'[' is never closed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Huge_and_hostile_inputs_are_TL9001_or_TL9002_not_crashes()
    {
        var bomb = "---\nid: ADR-0001\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n---\n";
        var deep = "---\nid: ADR-0002\nrules: " + new string('[', 5000) + new string(']', 5000) + "\n---\n";
        var huge = "---\nid: ADR-0003\n---\n" + new string('x', 1024 * 1024 + 10);
        var binary = Encoding.UTF8.GetString([0x2D, 0x2D, 0x2D, 0x0A, 0xFF, 0xFE, 0x00, 0xC3]);

        var (diagnostics, exceptions) = await DirectRun.RunAsync(Source, [("/r/0001-bomb.md", bomb), ("/r/0002-deep.md", deep), ("/r/0003-huge.md", huge), ("/r/0004-binary.md", binary)]);

        Assert.Empty(exceptions);
        Assert.All(diagnostics, d => Assert.StartsWith("TL9", d.Id, StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Id == "TL9001" && d.Location.GetLineSpan().Path == "/r/0003-huge.md");
        Assert.Contains(diagnostics, d => d.Id == "TL9001" && d.Location.GetLineSpan().Path == "/r/0004-binary.md");
    }

    private static string Mutate(string text, Random random)
    {
        switch (random.Next(5))
        {
            case 0:
                var bytes = Encoding.UTF8.GetBytes(text);
                for (var i = random.Next(1, 8); i > 0; i--)
                {
                    bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                }

                return Encoding.UTF8.GetString(bytes);
            case 1:
                return text.Substring(0, random.Next(text.Length));
            case 2:
                var lines = text.Split('\n');
                var a = random.Next(lines.Length);
                var b = random.Next(lines.Length);
                (lines[a], lines[b]) = (lines[b], lines[a]);
                return string.Join("\n", lines);
            case 3:
                var all = text.Split('\n').ToList();
                var at = random.Next(all.Count);
                all.Insert(at, all[random.Next(all.Count)]);
                return string.Join("\n", all);
            default:
                var chars = text.ToCharArray();
                for (var i = random.Next(1, 6); i > 0; i--)
                {
                    chars[random.Next(chars.Length)] = "\t:-[]{}*&!|>'\"#"[random.Next(15)];
                }

                return new string(chars);
        }
    }
}
