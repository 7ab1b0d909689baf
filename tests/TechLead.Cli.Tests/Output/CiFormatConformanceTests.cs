using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using TechLead.Cli.Checking;
using TechLead.Cli.Output;
using TechLead.Rules.Model;

namespace TechLead.Cli.Tests.Output;

/// <summary>Each CI output checked against its format's own rules, not only against what we expect to see.</summary>
public sealed class CiFormatConformanceTests
{
    /// <summary>A message and a path with every character the formats must escape.</summary>
    private static readonly Finding Awkward = new("TL0101", RuleSeverity.Warning, "100% of 'a:b, c'\r\nsecond line", Path.Combine(HandMadeResults.Root, "src", "we,ird:dir", "50%.cs"), 4, 2)
    {
        EndLine = 4,
        EndColumn = 9,
        HelpUri = "https://example.test/blob/main/docs/adr/0007-domain.md#domain-no-infra",
        Adr = "ADR-0007",
        Rule = "domain-no-infra",
        From = "T:Shop.Domain.Weird",
        To = "M:System.DateTime.get_Now",
    };

    [Fact]
    public void Sarif_output_meets_the_sarif_2_1_0_requirements()
    {
        using var document = JsonDocument.Parse(FormatterOutput.Render(new SarifFormatter(), WithAwkwardFinding()));

        Assert.Empty(SarifConformance.Problems(document.RootElement));
        var run = document.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(5, results.Count);
        Assert.All(results, r => Assert.Equal(r.GetProperty("ruleId").GetString(), rules[r.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString()));
        Assert.Equal(
            ["https://example.test/blob/main/docs/adr/0007-domain.md#domain-no-infra", "https://example.test/blob/main/docs/adr/0012-vocabulary.md#ubiquitous-language"],
            rules.Where(r => r.GetProperty("id").GetString()!.StartsWith("TL02", StringComparison.Ordinal) || r.GetProperty("id").GetString()!.StartsWith("TL0002", StringComparison.Ordinal)).Select(r => r.GetProperty("helpUri").GetString()));
        var awkward = results.Single(r => r.GetProperty("ruleId").GetString() == "TL0101/ADR-0007/domain-no-infra");
        Assert.Equal("src/we,ird:dir/50%.cs", awkward.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
    }

    [Fact]
    public void Sarif_conformance_check_rejects_a_rule_index_that_names_another_rule_and_a_missing_message()
    {
        var log = JsonNode.Parse(FormatterOutput.Render(new SarifFormatter()))!;
        var result = log["runs"]![0]!["results"]![0]!.AsObject();
        result["ruleIndex"] = 1;
        result.Remove("message");

        using var broken = JsonDocument.Parse(log.ToJsonString());
        Assert.Equal(
            ["results[0].message needs text or id", "results[0].ruleIndex 1 names a rule other than ruleId 'TL0002/ADR-0007/domain-no-infra'"],
            SarifConformance.Problems(broken.RootElement));
    }

    [Fact]
    public void Github_annotations_parse_as_workflow_commands_and_round_trip_every_escaped_character()
    {
        var lines = FormatterOutput.Render(new GitHubFormatter(), WithAwkwardFinding()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        var commands = lines[..^1].Select(WorkflowCommands.Parse).ToList();
        Assert.Equal(["error", "warning", "error", "notice"], commands.Select(c => c.Name));
        Assert.All(commands, c => Assert.Equal(["col", "endColumn", "endLine", "file", "line", "title"], c.Keys));
        Assert.All(commands, c => Assert.True(c.Number("line") >= 1 && c.Number("col") >= 1 && c.Number("endLine") >= c.Number("line")));
        var awkward = commands[1];
        Assert.Equal("src/we,ird:dir/50%.cs", awkward.Properties["file"]);
        Assert.Equal("100% of 'a:b, c'\r\nsecond line\nhttps://example.test/blob/main/docs/adr/0007-domain.md#domain-no-infra", awkward.Data);
        Assert.Equal("techlead: 2 error(s), 1 warning(s), 1 info(s), 1 baselined", lines[^1]);
    }

    [Theory]
    [InlineData("::error file=a:b.cs,line=1::x")]
    [InlineData("::error file=a.cs,line=1::100%")]
    [InlineData("::error file=a,b.cs,line=1::x")]
    public void Workflow_command_parser_rejects_unescaped_characters(string line) =>
        Assert.Throws<FormatException>(() => WorkflowCommands.Parse(line));

    [Fact]
    public void Github_escaping_round_trips_through_the_runner_unescaping()
    {
        const string nasty = "50%25 %0A a:b,c\r\nd%";
        Assert.Equal(nasty, WorkflowCommands.Unescape(GitHubFormatter.Data(nasty)));
        Assert.Equal(nasty, WorkflowCommands.Unescape(GitHubFormatter.Property(nasty)));
        Assert.DoesNotContain(':', GitHubFormatter.Property(nasty));
        Assert.DoesNotContain(',', GitHubFormatter.Property(nasty));
    }

    [Fact]
    public void Code_quality_issues_have_the_fields_gitlab_reads()
    {
        var issues = CodeQuality(WithAwkwardFinding());

        Assert.Equal(4, issues.Count);
        Assert.All(issues, issue =>
        {
            Assert.Equal("issue", issue["type"]!.GetValue<string>());
            Assert.False(string.IsNullOrWhiteSpace(issue["description"]!.GetValue<string>()));
            Assert.False(string.IsNullOrWhiteSpace(issue["check_name"]!.GetValue<string>()));
            Assert.Matches("^[0-9a-f]{64}$", issue["fingerprint"]!.GetValue<string>());
            Assert.Contains(issue["severity"]!.GetValue<string>(), new[] { "info", "minor", "major", "critical", "blocker" });
            var path = issue["location"]!["path"]!.GetValue<string>();
            Assert.False(Path.IsPathRooted(path) || path.StartsWith("..", StringComparison.Ordinal) || path.Contains('\\', StringComparison.Ordinal), path);
            Assert.True(issue["location"]!["lines"]!["begin"]!.GetValue<int>() >= 1);
        });
        Assert.Equal(issues.Count, issues.Select(i => i["fingerprint"]!.GetValue<string>()).Distinct().Count());

        var first = issues[0];
        Assert.Equal("TL0002/ADR-0007/domain-no-infra", first["check_name"]!.GetValue<string>());
        Assert.Equal("[ADR-0007] 'Shop.Domain.Order' must not depend on 'Shop.Infrastructure.Db.ShopContext' (rule domain-no-infra: Domain stays persistence-ignorant) See https://example.test/blob/main/docs/adr/0007-domain.md#domain-no-infra", first["description"]!.GetValue<string>());
        Assert.Equal("critical", first["severity"]!.GetValue<string>());
        Assert.Equal(("src/Shop.Domain/Order.cs", 12, 12), (first["location"]!["path"]!.GetValue<string>(), first["location"]!["lines"]!["begin"]!.GetValue<int>(), first["location"]!["lines"]!["end"]!.GetValue<int>()));
        Assert.Equal(["critical", "major", "critical", "info"], issues.Select(i => i["severity"]!.GetValue<string>()));
        Assert.Equal(("TL9002", "docs/adr/0012-vocabulary.md", 9), (issues[2]["check_name"]!.GetValue<string>(), issues[2]["location"]!["path"]!.GetValue<string>(), issues[2]["location"]!["lines"]!["begin"]!.GetValue<int>()));
    }

    [Fact]
    public void Code_quality_fingerprints_survive_line_moves_and_reruns_and_tell_identical_violations_apart()
    {
        var result = HandMadeResults.Create();
        var moved = With(result, result.Findings.Select(f => f with { Line = f.Line + 7, EndLine = f.EndLine + 7, Column = f.Column + 1 }));
        var twice = With(result, result.Findings.Append(result.Findings[0] with { Line = 40, EndLine = 40 }));

        var original = Fingerprints(result);
        Assert.Equal(original, Fingerprints(HandMadeResults.Create()));
        Assert.Equal(original, Fingerprints(moved));
        var withDuplicate = Fingerprints(twice);
        Assert.Equal(4, withDuplicate.Distinct().Count());
        Assert.Equal(original, withDuplicate.Where(original.Contains));

        var elsewhere = With(result, result.Findings.Select(f => f with { Path = f.Path.Replace("Order.cs", "Invoice.cs", StringComparison.Ordinal) }));
        Assert.NotEqual(original[0], Fingerprints(elsewhere)[0]);
    }

    [Fact]
    public void Code_quality_leaves_baselined_violations_out()
    {
        var issues = CodeQuality(HandMadeResults.Create());

        Assert.DoesNotContain(issues, i => i["description"]!.GetValue<string>().Contains("Legacy", StringComparison.Ordinal));
        Assert.Equal(3, issues.Count);
    }

    private static CheckResult WithAwkwardFinding()
    {
        var result = HandMadeResults.Create();
        return With(result, result.Findings.Append(Awkward).Order(Comparer<Finding>.Create(Finding.Compare)));
    }

    private static CheckResult With(CheckResult result, IEnumerable<Finding> findings) =>
        new(result.Target, result.Adrs, findings.ToList(), result.Projects, result.Baseline, graph: null);

    private static List<JsonNode> CodeQuality(CheckResult result) =>
        JsonNode.Parse(FormatterOutput.Render(new CodeClimateFormatter(), result))!.AsArray().Select(n => n!).ToList();

    private static List<string> Fingerprints(CheckResult result) =>
        CodeQuality(result).Select(i => i["fingerprint"]!.GetValue<string>()).ToList();
}
