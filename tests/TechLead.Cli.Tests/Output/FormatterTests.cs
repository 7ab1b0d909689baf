using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using TechLead.Cli.Output;

namespace TechLead.Cli.Tests.Output;

public sealed class FormatterTests
{
    private static string Render(IResultFormatter formatter) => FormatterOutput.Render(formatter);

    [Fact]
    public void Text_groups_by_adr_with_clickable_lines_and_links_and_hides_baselined()
    {
        var lines = Render(new TextFormatter()).Split('\n');

        var order = Path.Combine("src", "Shop.Domain", "Order.cs");
        Assert.Equal(
        [
            $"ADR-0007: Domain stays persistence-ignorant (accepted, {Path.Combine("docs", "adr", "0007-domain.md")})",
            $"{order}(12,9): error TL0002: [ADR-0007] 'Shop.Domain.Order' must not depend on 'Shop.Infrastructure.Db.ShopContext' (rule domain-no-infra: Domain stays persistence-ignorant)",
            "    see https://example.test/blob/main/docs/adr/0007-domain.md#domain-no-infra",
            string.Empty,
            $"ADR-0012: Say customer (proposed, {Path.Combine("docs", "adr", "0012-vocabulary.md")})",
            $"{Path.Combine("src", "Shop.Domain", "ClientId.cs")}(3,15): info TL0206: [ADR-0012] 'ClientId' uses 'Client'; say 'Customer' instead (rule ubiquitous-language: Say customer)",
            "    see https://example.test/blob/main/docs/adr/0012-vocabulary.md#ubiquitous-language",
            string.Empty,
            "ADR and baseline files:",
            $"{Path.Combine("docs", "adr", "0012-vocabulary.md")}(9,5): error TL9002: rule 'ubiquitous-language': unknown field 'kind2'",
            string.Empty,
        ], lines.Take(11));
        Assert.StartsWith("2 error(s), 0 warning(s), 1 info(s), 1 baselined in 1 project(s)", lines[11], StringComparison.Ordinal);
    }

    [Fact]
    public void Json_has_the_documented_schema()
    {
        using var document = JsonDocument.Parse(Render(new JsonFormatter()));
        var root = document.RootElement;

        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("techlead", root.GetProperty("tool").GetProperty("name").GetString());
        Assert.Equal("Shop.sln", root.GetProperty("target").GetString());
        Assert.Equal(["Shop.Domain"], root.GetProperty("projects").EnumerateArray().Select(p => p.GetString()));
        var summary = root.GetProperty("summary");
        Assert.Equal((2, 0, 1, 1, 1, true), (summary.GetProperty("errors").GetInt32(), summary.GetProperty("warnings").GetInt32(), summary.GetProperty("infos").GetInt32(), summary.GetProperty("baselined").GetInt32(), summary.GetProperty("fileProblems").GetInt32(), summary.GetProperty("failed").GetBoolean()));
        Assert.Equal(JsonValueKind.Null, summary.GetProperty("changedSince").ValueKind);
        Assert.Equal(0, summary.GetProperty("outsideChangedLines").GetInt32());
        var adrs = root.GetProperty("adrs").EnumerateArray().ToList();
        Assert.Equal(["ADR-0007", "ADR-0012"], adrs.Select(a => a.GetProperty("id").GetString()));
        Assert.Equal("docs/adr/0007-domain.md", adrs[0].GetProperty("path").GetString());
        Assert.Equal("accepted", adrs[0].GetProperty("status").GetString());
        var first = adrs[0].GetProperty("violations")[0];
        Assert.Equal("TL0002", first.GetProperty("id").GetString());
        Assert.Equal("error", first.GetProperty("severity").GetString());
        Assert.Equal("src/Shop.Domain/Order.cs", first.GetProperty("path").GetString());
        Assert.Equal(12, first.GetProperty("line").GetInt32());
        Assert.Equal(9, first.GetProperty("column").GetInt32());
        Assert.Equal(12, first.GetProperty("endLine").GetInt32());
        Assert.Equal(20, first.GetProperty("endColumn").GetInt32());
        Assert.Equal("domain-no-infra", first.GetProperty("rule").GetString());
        Assert.Equal("T:Shop.Domain.Order", first.GetProperty("from").GetString());
        Assert.Equal("T:Shop.Infrastructure.Db.ShopContext", first.GetProperty("to").GetString());
        Assert.Equal("Shop.Domain", first.GetProperty("project").GetString());
        Assert.Equal("Shop.Domain", first.GetProperty("namespace").GetString());
        Assert.Equal(["@acme/orders"], first.GetProperty("owners").EnumerateArray().Select(o => o.GetString()));
        Assert.Equal(["@acme/domain-team"], first.GetProperty("codeOwners").EnumerateArray().Select(o => o.GetString()));
        Assert.Equal(JsonValueKind.Array, adrs[1].GetProperty("violations")[0].GetProperty("codeOwners").ValueKind);
        Assert.Empty(adrs[1].GetProperty("violations")[0].GetProperty("codeOwners").EnumerateArray());
        Assert.False(first.GetProperty("baselined").GetBoolean());
        Assert.True(adrs[0].GetProperty("violations")[1].GetProperty("baselined").GetBoolean());
        var problem = root.GetProperty("problems").EnumerateArray().Single();
        Assert.Equal(("TL9002", "docs/adr/0012-vocabulary.md", 9, 5), (problem.GetProperty("id").GetString(), problem.GetProperty("path").GetString(), problem.GetProperty("line").GetInt32(), problem.GetProperty("column").GetInt32()));
    }

    [Fact]
    public void Sarif_describes_each_adr_rule_with_its_link_and_suppresses_baselined_results()
    {
        using var document = JsonDocument.Parse(Render(new SarifFormatter()));
        var root = document.RootElement;

        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Equal("https://json.schemastore.org/sarif-2.1.0.json", root.GetProperty("$schema").GetString());
        var run = root.GetProperty("runs").EnumerateArray().Single();
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(["TL0002/ADR-0007/domain-no-infra", "TL0206/ADR-0012/ubiquitous-language", "TL9002"], rules.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal("https://example.test/blob/main/docs/adr/0007-domain.md#domain-no-infra", rules[0].GetProperty("helpUri").GetString());
        Assert.Equal("Domain stays persistence-ignorant", rules[0].GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.Equal("error", rules[0].GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.Equal("note", rules[1].GetProperty("defaultConfiguration").GetProperty("level").GetString());
        // A file problem's rule carries the analyzer descriptor's title (the catalog's).
        Assert.Equal(("TL9002", "Invalid rule", "Invalid rule"), (rules[2].GetProperty("name").GetString(), rules[2].GetProperty("shortDescription").GetProperty("text").GetString(), rules[2].GetProperty("fullDescription").GetProperty("text").GetString()));
        Assert.Equal(new Uri(HandMadeResults.Root + Path.DirectorySeparatorChar).AbsoluteUri, run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString());

        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(4, results.Count);
        var first = results[0];
        Assert.Equal(("TL0002/ADR-0007/domain-no-infra", 0, "error"), (first.GetProperty("ruleId").GetString(), first.GetProperty("ruleIndex").GetInt32(), first.GetProperty("level").GetString()));
        var location = first.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("src/Shop.Domain/Order.cs", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        Assert.Equal((12, 9, 12, 20), (location.GetProperty("region").GetProperty("startLine").GetInt32(), location.GetProperty("region").GetProperty("startColumn").GetInt32(), location.GetProperty("region").GetProperty("endLine").GetInt32(), location.GetProperty("region").GetProperty("endColumn").GetInt32()));
        Assert.False(first.TryGetProperty("suppressions", out _));
        Assert.Equal(("@acme/orders", "@acme/domain-team"), (first.GetProperty("properties").GetProperty("owners").GetString(), first.GetProperty("properties").GetProperty("codeOwners").GetString()));
        Assert.False(results[1].GetProperty("properties").TryGetProperty("codeOwners", out _));
        Assert.Equal("external", results[1].GetProperty("suppressions")[0].GetProperty("kind").GetString());
        Assert.Equal("note", results[2].GetProperty("level").GetString());
        Assert.Equal(("TL9002", 2), (results[3].GetProperty("ruleId").GetString(), results[3].GetProperty("ruleIndex").GetInt32()));
    }

    [Fact]
    public void Github_writes_one_escaped_annotation_per_unbaselined_finding()
    {
        var lines = Render(new GitHubFormatter()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(
        [
            "::error file=src/Shop.Domain/Order.cs,line=12,col=9,endLine=12,endColumn=20,title=TL0002::[ADR-0007] 'Shop.Domain.Order' must not depend on 'Shop.Infrastructure.Db.ShopContext' (rule domain-no-infra: Domain stays persistence-ignorant)%0Ahttps://example.test/blob/main/docs/adr/0007-domain.md#domain-no-infra",
            "::notice file=src/Shop.Domain/ClientId.cs,line=3,col=15,endLine=3,endColumn=26,title=TL0206::[ADR-0012] 'ClientId' uses 'Client'; say 'Customer' instead (rule ubiquitous-language: Say customer)%0Ahttps://example.test/blob/main/docs/adr/0012-vocabulary.md#ubiquitous-language",
            "::error file=docs/adr/0012-vocabulary.md,line=9,col=5,endLine=9,endColumn=10,title=TL9002::rule 'ubiquitous-language': unknown field 'kind2'",
            "techlead: 2 error(s), 0 warning(s), 1 info(s), 1 baselined",
        ], lines);
    }

    [Fact]
    public void Github_escaping_follows_the_workflow_command_rules()
    {
        Assert.Equal("a%25b%0D%0Ac", GitHubFormatter.Data("a%b\r\nc"));
        Assert.Equal("C%3A/x%2Cy", GitHubFormatter.Property("C:/x,y"));
    }

    [Fact]
    public void Markdown_has_a_heading_with_counts_and_a_table_per_adr()
    {
        var lines = Render(new MarkdownFormatter()).Split('\n');

        Assert.Equal("## TechLead: 2 error(s), 0 warning(s), 1 info(s)", lines[0]);
        Assert.Contains("1 known violation(s) are frozen in the baseline and not listed.", lines);
        Assert.Contains("### [ADR-0007: Domain stays persistence-ignorant](https://example.test/blob/main/docs/adr/0007-domain.md)", lines);
        Assert.Contains("| Severity | Diagnostic | Rule | Location | Message |", lines);
        Assert.Contains("| error | TL0002 | [`domain-no-infra`](https://example.test/blob/main/docs/adr/0007-domain.md#domain-no-infra) | `src/Shop.Domain/Order.cs:12:9` | [ADR-0007] 'Shop.Domain.Order' must not depend on 'Shop.Infrastructure.Db.ShopContext' (rule domain-no-infra: Domain stays persistence-ignorant) |", lines);
        Assert.Contains("### ADR and baseline files", lines);
        Assert.DoesNotContain(lines, l => l.Contains("Legacy", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_format_is_bad_input()
    {
        var error = Assert.Throws<TechLead.Cli.Infrastructure.BadInputException>(() => ResultFormatters.Create("xml"));
        Assert.Equal("unknown format 'xml'; use text, json, sarif, github, markdown or codeclimate", error.Message);
    }
}
