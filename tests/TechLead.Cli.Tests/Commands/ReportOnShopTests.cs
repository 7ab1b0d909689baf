using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using TechLead.Cli.Tests.Support;
using Xunit.Abstractions;

namespace TechLead.Cli.Tests.Commands;

/// <summary>A checked report on samples/Shop (deliberate violations, a proposed ADR), with a baseline of two entries: made once.</summary>
public sealed class ShopReportFixture : IDisposable
{
    internal const string Baseline = """
        {
          "version": 1,
          "entries": [
            { "adr": "ADR-0002", "rule": "no-persistence-in-domain", "from": "T:Shop.Domain.Products.Product", "to": "T:System.ComponentModel.DataAnnotations.Schema.TableAttribute", "count": 1, "owner": "@shop/catalogue", "reason": "mapping moves out in 2.0", "expires": "2099-12-31" },
            { "adr": "ADR-0002", "rule": "no-persistence-in-domain", "from": "T:Shop.Domain.Products.Product", "to": "T:System.ComponentModel.DataAnnotations.Schema.ColumnAttribute", "count": 1, "expires": "2000-01-01" }
          ]
        }
        """;

    private readonly Lazy<ToolRun> run;

    public ShopReportFixture()
    {
        Shop = new ShopCopy();
        File.WriteAllText(Path.Combine(Shop.Root, "techlead.baseline.json"), Baseline);
        run = new Lazy<ToolRun>(() => Shop.Restore().Run("report", "--out", "site"));
    }

    internal ShopCopy Shop { get; }

    internal ToolRun Run => run.Value;

    internal string Site => Path.Combine(Shop.Root, "site");

    internal string Read(string file) => File.ReadAllText(Path.Combine(Site, file));

    public void Dispose() => Shop.Dispose();
}

/// <summary>What a lead acts on: per-ADR pages with rule anchors, violations at file:line, debt with expiry, and the graph's broken edges.</summary>
public sealed class ReportOnShopTests(ShopReportFixture report, ITestOutputHelper output) : IClassFixture<ShopReportFixture>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    /// <summary>The namespace pairs the Shop's dependency violations fall on (see the markers in its source).</summary>
    private static readonly (string, string)[] Breaking =
    [
        ("Shop.Api.Contracts", "Shop.Application.Ordering"), // ADR-0004/contracts-are-self-contained
        ("Shop.Api.Endpoints", "Shop.Domain.Ordering"), // ADR-0001/strict-layers
        ("Shop.Api.Endpoints", "Shop.Infrastructure.Persistence"), // ADR-0003/endpoints-no-persistence
        ("Shop.Application.Ordering", "Shop.Application.Products"), // ADR-0005/application-slices-independent
        ("Shop.Domain.Products", "Shop.Domain.Ordering"), // ADR-0005/domain-slices-acyclic
        ("Shop.Domain.Products", "System.ComponentModel.DataAnnotations.Schema"), // ADR-0002/no-persistence-in-domain (one baselined)
    ];

    [Fact]
    public void The_actual_graph_draws_breaking_edges_red_exactly_for_violating_pairs_and_named_external_namespaces()
    {
        Assert.True(report.Run.ExitCode == 0, report.Run.ToString());
        var diagram = Diagram(report.Read("index.md"));

        Assert.Equal(Breaking.Order(), diagram.Styled("#cf222e").Order());
        Assert.Equal([("Shop.Application.Products", "System.Text.Json")], diagram.Styled("#bf8700")); // proposed ADR-0012
        Assert.Contains("System.ComponentModel.DataAnnotations.Schema", diagram.External); // named by ADR-0002's forbid
        Assert.Equal(["System.ComponentModel.DataAnnotations.Schema", "System.Text.Json"], diagram.External);
        Assert.Contains("Shop.Api", diagram.Nodes);
        Assert.DoesNotContain(diagram.Nodes, n => n.StartsWith("Microsoft.", StringComparison.Ordinal) || n.Contains(".Generated", StringComparison.Ordinal) || n.StartsWith('<') || n == "System");
        Assert.Contains("Red: the references break a rule in force (reported or baselined). Dashed amber: only a proposed ADR's rule would flag them.", report.Read("index.md"), StringComparison.Ordinal);
        Assert.Contains("| Shop.Domain.Products | System.ComponentModel.DataAnnotations.Schema | [ADR-0002/no-persistence-in-domain](<ADR-0002.md#no-persistence-in-domain>) | 2 | breaks the rule |", report.Read("index.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void Each_adr_page_lists_its_violations_at_file_and_line_linked_to_the_rule_anchor()
    {
        Assert.True(report.Run.ExitCode == 0, report.Run.ToString());
        var adr2 = report.Read("ADR-0002.md");

        Assert.Contains("| Owners | @shop/architecture, @shop/checkout |", adr2, StringComparison.Ordinal);
        Assert.Contains("| <a id=\"no-persistence-in-domain\"></a>[no-persistence-in-domain](<ADR-0002.md#no-persistence-in-domain>) | forbid | error |", adr2, StringComparison.Ordinal);
        Assert.Contains("| [Shop.Domain/Products/Product.cs:26](<../Shop.Domain/Products/Product.cs>) | [no-persistence-in-domain](<ADR-0002.md#no-persistence-in-domain>) | error | [ADR-0002] ", adr2, StringComparison.Ordinal);
        Assert.Contains("<td id=\"no-persistence-in-domain\"><a href=\"ADR-0002.html#no-persistence-in-domain\">no-persistence-in-domain</a></td>", report.Read("ADR-0002.html"), StringComparison.Ordinal);

        // Every marked violation that is not baselined is a row on its ADR's page, linked to its rule.
        var markers = CheckOnShopTests.ExpectedMarkers(report.Shop);
        var rows = Directory.GetFiles(report.Site, "ADR-*.md")
            .SelectMany(f => Regex.Matches(File.ReadAllText(f), @"^\| \[(Shop\.[^\]]+\.cs):(\d+)\]\(<[^>]+>\) \| \[([a-z0-9-]+)\]\(<(ADR-\d{4})\.md#\3>\) \|", RegexOptions.Multiline, Timeout))
            .Select(m => $"{m.Groups[1].Value}:{m.Groups[2].Value} {m.Groups[4].Value}/{m.Groups[3].Value}")
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(markers.Where(m => m != "Shop.Domain/Products/Product.cs:9 ADR-0002/no-persistence-in-domain"), rows);
    }

    [Fact]
    public void Every_link_to_a_report_page_lands_on_an_element_with_its_fragment_as_id()
    {
        Assert.True(report.Run.ExitCode == 0, report.Run.ToString());
        var checkedLinks = 0;
        foreach (var page in Directory.GetFiles(report.Site, "*.html"))
        {
            foreach (Match link in Regex.Matches(File.ReadAllText(page), "href=\"([A-Za-z0-9_-]+\\.html)(?:#([^\"]+))?\"", RegexOptions.None, Timeout))
            {
                var target = Path.Combine(report.Site, link.Groups[1].Value);
                Assert.True(File.Exists(target), $"{Path.GetFileName(page)} links to missing {link.Value}");
                if (link.Groups[2].Success)
                {
                    Assert.True(File.ReadAllText(target).Contains($" id=\"{link.Groups[2].Value}\"", StringComparison.Ordinal), $"{Path.GetFileName(page)}: {link.Value} lands nowhere");
                }

                checkedLinks++;
            }
        }

        Assert.True(checkedLinks > 60, $"only {checkedLinks} links");
    }

    [Fact]
    public void Baselined_debt_shows_owner_reason_and_expiry_and_a_proposed_adr_its_impact()
    {
        Assert.True(report.Run.ExitCode == 0, report.Run.ToString());
        var adr2 = report.Read("ADR-0002.md");
        var adr12 = report.Read("ADR-0012.md");
        var proposed = CheckOnShopTests.ExpectedMarkers(report.Shop).Count(m => m.EndsWith(" ADR-0012/no-serialization-in-application", StringComparison.Ordinal));

        Assert.Contains("| [no-persistence-in-domain](<ADR-0002.md#no-persistence-in-domain>) | T:Shop.Domain.Products.Product | T:System.ComponentModel.DataAnnotations.Schema.ColumnAttribute | 1 | 2000-01-01 (expired) | - | - |", adr2, StringComparison.Ordinal);
        Assert.Contains("| [no-persistence-in-domain](<ADR-0002.md#no-persistence-in-domain>) | T:Shop.Domain.Products.Product | T:System.ComponentModel.DataAnnotations.Schema.TableAttribute | 1 | 2099-12-31 | @shop/catalogue | mapping moves out in 2.0 |", adr2, StringComparison.Ordinal);
        Assert.Contains($"## <a id=\"impact\"></a>Impact if accepted\n\nProposed: if accepted today, its 1 rule(s) would report {proposed} violation(s) in 1 file(s)", adr12, StringComparison.Ordinal);
        Assert.DoesNotContain("Impact if accepted", adr2, StringComparison.Ordinal);
    }

    [ChromiumFact]
    public void In_a_browser_the_broken_edges_are_red_and_rule_links_land_on_their_rows()
    {
        Assert.True(Chromium.Path is not null, "chromium is not installed; .ci/run must 'apt-get install -y chromium'");
        Assert.True(report.Run.ExitCode == 0, report.Run.ToString());

        var index = ReportTests.RunChromium(output, report.Shop.Root, "--dump-dom", new Uri(Path.Combine(report.Site, "index.html")).AbsoluteUri);
        var adr2 = ReportTests.RunChromium(output, report.Shop.Root, "--dump-dom", new Uri(Path.Combine(report.Site, "ADR-0002.html")).AbsoluteUri + "#no-persistence-in-domain");

        Assert.DoesNotContain("Syntax error", index, StringComparison.Ordinal);
        // Mermaid draws each link as a path; linkStyle puts the colour on it. The organization map above draws red arrows of its own.
        var actual = index[index.IndexOf("Actual namespace dependencies", StringComparison.Ordinal)..];
        Assert.Equal(Breaking.Length, Regex.Count(actual, "<path[^>]*style=\"[^\"]*stroke:#cf222e", RegexOptions.None, Timeout));
        Assert.Single(Regex.Matches(actual, "<path[^>]*style=\"[^\"]*stroke:#bf8700", RegexOptions.None, Timeout));
        Assert.Contains("<td id=\"no-persistence-in-domain\">", adr2, StringComparison.Ordinal);
    }

    /// <summary>The actual-dependencies diagram of index.md: node labels, edges in order, the edges each linkStyle colour picks.</summary>
    private static MermaidGraph Diagram(string markdown)
    {
        var start = markdown.IndexOf("### Actual namespace dependencies", StringComparison.Ordinal);
        var body = markdown[markdown.IndexOf("```mermaid\n", start, StringComparison.Ordinal)..];
        body = body[..body.IndexOf("```\n", 11, StringComparison.Ordinal)];
        var labels = Regex.Matches(body, "^  (\\w+)\\[\"([^\"]+)\"\\]$", RegexOptions.Multiline, Timeout).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        var edges = Regex.Matches(body, @"^  (\w+) -->\|\d+\| (\w+)$", RegexOptions.Multiline, Timeout).Select(m => (labels[m.Groups[1].Value], labels[m.Groups[2].Value])).ToList();
        var styles = Regex.Matches(body, @"^  linkStyle ([\d,]+) stroke:(#[0-9a-f]{6})", RegexOptions.Multiline, Timeout).ToDictionary(m => m.Groups[2].Value, m => m.Groups[1].Value.Split(',').Select(int.Parse).ToList());
        var external = Regex.Match(body, @"^  class ([\w,]+) external$", RegexOptions.Multiline, Timeout).Groups[1].Value.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(id => labels[id]).ToList();
        return new MermaidGraph([.. labels.Values], edges, styles, external);
    }

    private sealed record MermaidGraph(IReadOnlyList<string> Nodes, IReadOnlyList<(string From, string To)> Edges, IReadOnlyDictionary<string, List<int>> Styles, IReadOnlyList<string> External)
    {
        public IEnumerable<(string From, string To)> Styled(string colour) => Styles.TryGetValue(colour, out var indexes) ? indexes.Select(i => Edges[i]) : [];
    }
}
