using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using TechLead.Cli.Tests.Support;

namespace TechLead.Cli.Tests.Commands;

/// <summary>
/// check, baseline, impact, show and report on a copy of samples/Shop, whose source marks every
/// expected diagnostic with <c>// violates ADR-xxxx/rule</c> (error unless the rule says otherwise)
/// or <c>// proposed ADR-xxxx/rule</c> (info). The tests that only read the copy share one restored copy
/// (<see cref="RestoredShopFixture"/>); those that edit it or test a fresh clone make their own.
/// </summary>
public sealed class CheckOnShopTests(RestoredShopFixture restored) : IClassFixture<RestoredShopFixture>
{
    private static readonly Regex Marker = new(@"// (violates|proposed) (ADR-\d{4})/([a-z0-9-]+)", RegexOptions.None, TimeSpan.FromSeconds(1));

    [Fact]
    public void Json_reports_exactly_the_marked_lines_and_exits_1()
    {
        // Not restored, like a fresh clone: check restores before loading, or Shop.Api would not bind.
        using var shop = new ShopCopy();
        File.AppendAllText(Path.Combine(shop.Root, "CODEOWNERS"), "/Shop.Api/Legacy/ api-team\n");

        var run = shop.Run("check", "--format", "json");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Equal(["techlead: warning: CODEOWNERS:10: 'api-team' is not an owner; write @user, @org/team or an email"], run.StderrLines);
        using var json = JsonDocument.Parse(run.Stdout);
        var reported = json.RootElement.GetProperty("adrs").EnumerateArray()
            .SelectMany(a => a.GetProperty("violations").EnumerateArray())
            .Select(v => $"{v.GetProperty("path").GetString()}:{v.GetProperty("line").GetInt32()} {v.GetProperty("adr").GetString()}/{v.GetProperty("rule").GetString()}")
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(ExpectedMarkers(shop), reported);
        var owned = json.RootElement.GetProperty("adrs").EnumerateArray()
            .SelectMany(a => a.GetProperty("violations").EnumerateArray())
            .Select(v => (Path: v.GetProperty("path").GetString()!, CodeOwners: string.Join(" ", v.GetProperty("codeOwners").EnumerateArray().Select(o => o.GetString()))))
            .ToList();
        Assert.All(owned, v => Assert.Equal(SampleCodeOwner(v.Path), v.CodeOwners));
        Assert.Equal(["@shop/architecture", "@shop/catalogue", "@shop/checkout", "@shop/platform", "@shop/storefront-api"], owned.Select(v => v.CodeOwners).Distinct().Order(StringComparer.Ordinal));
        Assert.Empty(json.RootElement.GetProperty("problems").EnumerateArray());
        // Domain, Application, Infrastructure, Api and the (in a copy, empty) ArchitectureTests.
        Assert.Equal(5, json.RootElement.GetProperty("projects").GetArrayLength());
    }

    /// <summary>One check of the restored Shop, written by each formatter as <c>check --format F</c> in its root would write it.</summary>
    [Fact]
    public void Text_sarif_github_markdown_and_codeclimate_carry_the_same_violations()
    {
        var shop = restored.Shop;
        var expected = ExpectedMarkers(shop).Count;

        Assert.True(restored.Result.Fails);
        var text = Format("text");
        var sarif = Format("sarif");
        var github = Format("github");
        var markdown = Format("markdown");
        var codeQuality = Format("codeclimate");

        Assert.Equal(expected, text.StdoutLines.Count(l => Regex.IsMatch(l, @"^\S+\.cs\(\d+,\d+\): (error|warning|info) TL0\d{3}: \[ADR-\d{4}\] ", RegexOptions.None, TimeSpan.FromSeconds(1))));
        Assert.Equal(expected, text.StdoutLines.Count(l => l.StartsWith("    see file:///", StringComparison.Ordinal) && Regex.IsMatch(l, @"/docs/adr/\d{4}-[a-z0-9-]+\.md#[a-z0-9-]+$", RegexOptions.None, TimeSpan.FromSeconds(1))));
        using var log = JsonDocument.Parse(sarif.Stdout);
        var runElement = log.RootElement.GetProperty("runs")[0];
        Assert.Equal(expected, runElement.GetProperty("results").GetArrayLength());
        Assert.All(runElement.GetProperty("results").EnumerateArray(), r => Assert.Matches(@"^TL0\d{3}/ADR-\d{4}/[a-z0-9-]+$", r.GetProperty("ruleId").GetString()));
        Assert.All(runElement.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray(), d => Assert.StartsWith("file:///", d.GetProperty("helpUri").GetString(), StringComparison.Ordinal));
        Assert.Equal(expected, github.StdoutLines.Count(l => Regex.IsMatch(l, @"^::(error|warning|notice) file=Shop\.[A-Za-z]+/[^,]+\.cs,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=TL0\d{3}::\[ADR-\d{4}\] ", RegexOptions.None, TimeSpan.FromSeconds(1))));
        Assert.StartsWith("## TechLead: ", markdown.StdoutLines[0], StringComparison.Ordinal);
        Assert.Empty(Output.SarifConformance.Problems(log.RootElement));
        Assert.All(github.StdoutLines[..^1], l => Output.WorkflowCommands.Parse(l));
        using var issues = JsonDocument.Parse(codeQuality.Stdout);
        Assert.Equal(expected, issues.RootElement.GetArrayLength());
        Assert.All(issues.RootElement.EnumerateArray(), i => Assert.Matches(@"^Shop\.[A-Za-z]+/\S+\.cs$", i.GetProperty("location").GetProperty("path").GetString()));
        Assert.Equal(expected, issues.RootElement.EnumerateArray().Select(i => i.GetProperty("fingerprint").GetString()).Distinct().Count());
    }

    /// <summary>The argument paths the in-process format test does not take: an explicit solution target and the short <c>-o</c>.</summary>
    [Fact]
    public void Check_of_an_explicit_solution_writes_the_report_to_the_file_named_by_short_o()
    {
        var shop = restored.Shop;
        var expected = ExpectedMarkers(shop).Count;
        var reportPath = Path.Combine(shop.Root, "gl-code-quality-report.json");

        var run = shop.Run("check", "Shop.sln", "--format", "codeclimate", "-o", "gl-code-quality-report.json", "--no-restore");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Empty(run.Stdout);
        Assert.EndsWith("wrote gl-code-quality-report.json", run.StderrLines.Single(), StringComparison.Ordinal);
        using var issues = JsonDocument.Parse(File.ReadAllText(reportPath));
        Assert.Equal(expected, issues.RootElement.GetArrayLength());
        Assert.All(issues.RootElement.EnumerateArray(), i => Assert.Matches(@"^Shop\.[A-Za-z]+/\S+\.cs$", i.GetProperty("location").GetProperty("path").GetString()));
        Assert.Equal(expected, issues.RootElement.EnumerateArray().Select(i => i.GetProperty("fingerprint").GetString()).Distinct().Count());
    }

    [Fact]
    public void Baseline_create_freezes_everything_update_ratchets_and_strict_guards()
    {
        // Restored once here: the seven checks below load it as it is (--no-restore), the baseline logic is what is tested.
        using var shop = new ShopCopy().Restore();

        var create = shop.Run("baseline", "create", "--no-restore");
        Assert.True(create.ExitCode == 0, create.ToString());
        var baselinePath = Path.Combine(shop.Root, "techlead.baseline.json");
        var frozen = JsonDocument.Parse(File.ReadAllText(baselinePath)).RootElement.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(ExpectedMarkers(shop).Count(m => !IsProposed(shop, m)), frozen.Sum(e => e.GetProperty("count").GetInt32()));

        var check = shop.Run("check", "--format", "json", "--no-restore");
        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.Equal(0, JsonDocument.Parse(check.Stdout).RootElement.GetProperty("summary").GetProperty("errors").GetInt32());

        shop.Run("baseline", "create", "--no-restore").AssertBadInput("already exists");

        // Fix one frozen violation: the entry becomes stale; update drops or lowers it, never adds.
        var (file, line) = FirstMarkedLine(shop, "violates");
        var lines = File.ReadAllLines(file).ToList();
        lines.RemoveAt(line - 1);
        File.WriteAllLines(file, lines);
        var strictCheck = shop.Run("check", "--strict", "--no-restore");
        Assert.Contains(strictCheck.StdoutLines, l => l.Contains("TL9004", StringComparison.Ordinal));
        Assert.Equal(1, shop.Run("baseline", "update", "--strict", "--no-restore").ExitCode);
        var before = File.ReadAllText(baselinePath);
        var update = shop.Run("baseline", "update", "--no-restore");
        Assert.True(update.ExitCode == 0, update.ToString());
        Assert.NotEqual(before, File.ReadAllText(baselinePath));
        Assert.Equal(0, shop.Run("baseline", "update", "--strict", "--no-restore").ExitCode);
        var after = JsonDocument.Parse(File.ReadAllText(baselinePath)).RootElement.GetProperty("entries").EnumerateArray().Sum(e => e.GetProperty("count").GetInt32());
        Assert.True(after < frozen.Sum(e => e.GetProperty("count").GetInt32()));
    }

    [Fact]
    public void Impact_counts_what_a_proposed_adr_would_flag_by_project_and_namespace()
    {
        var shop = restored.Shop;
        var expected = ExpectedMarkers(shop).Count(m => m.EndsWith("ADR-0012/no-serialization-in-application", StringComparison.Ordinal));

        var run = shop.Run("impact", "ADR-0012", "--no-restore");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"would report {expected} violation(s) today", run.Stdout, StringComparison.Ordinal);
        Assert.Contains(run.StdoutLines, l => l.StartsWith("Shop.Application ", StringComparison.Ordinal));
        Assert.Contains(run.StdoutLines, l => l.Contains(": error TL0", StringComparison.Ordinal));
        // Each violation is followed by the link to its rule: the ADR file and the rule id as fragment.
        Assert.Equal(expected, run.StdoutLines.Count(l => l.StartsWith("    see file:///", StringComparison.Ordinal) && l.EndsWith("/docs/adr/0012-keep-serialization-out-of-application.md#no-serialization-in-application", StringComparison.Ordinal)));
    }

    [Fact]
    public void Show_and_report_include_current_violations()
    {
        var shop = restored.Shop;

        var show = shop.Run("adr", "show", "ADR-0002", "--no-restore");
        var report = shop.Run("report", "--out", "site", "--no-restore");

        Assert.True(show.ExitCode == 0, show.ToString());
        Assert.Contains(show.StdoutLines, l => l.StartsWith("Violations (", StringComparison.Ordinal) && !l.StartsWith("Violations (0", StringComparison.Ordinal));
        Assert.True(report.ExitCode == 0, report.ToString());
        var markdown = File.ReadAllText(Path.Combine(shop.Root, "site", "index.md"));
        Assert.Contains("### Actual namespace dependencies\n\nAn arrow counts the references", markdown, StringComparison.Ordinal);
        // samples/Shop/CODEOWNERS: Shop.Infrastructure is @shop/platform's; it breaks ADR-0007 and ADR-0009, both @shop/architecture's.
        Assert.Contains("Code owners from CODEOWNERS (the last matching line wins)", markdown, StringComparison.Ordinal);
        Assert.Contains("| @shop/platform | @shop/architecture | 2 | 0 | ADR-0007, ADR-0009 | - |", markdown, StringComparison.Ordinal);
        Assert.Contains("-->|\"", markdown[markdown.IndexOf("### Whose code breaks whose decisions", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    private ToolRun Format(string format)
    {
        using var paths = Infrastructure.PathDisplay.RelativeTo(restored.Shop.Root);
        using var output = new StringWriter();
        global::TechLead.Cli.Output.ResultFormatters.Create(format).Write(restored.Result, output);
        return new ToolRun(ExitCode: 1, output.ToString(), Stderr: string.Empty);
    }

    /// <summary>samples/Shop/CODEOWNERS spelled out by hand, so the check's matching is compared with an independent reading.</summary>
    private static string SampleCodeOwner(string path) =>
        path.StartsWith("Shop.Domain/Products/", StringComparison.Ordinal) || path.StartsWith("Shop.Application/Products/", StringComparison.Ordinal) ? "@shop/catalogue"
        : path.StartsWith("Shop.Domain/", StringComparison.Ordinal) ? "@shop/checkout"
        : path.StartsWith("Shop.Api/", StringComparison.Ordinal) ? "@shop/storefront-api"
        : path.StartsWith("Shop.Infrastructure/", StringComparison.Ordinal) ? "@shop/platform"
        : "@shop/architecture";

    internal static System.Collections.Generic.List<string> ExpectedMarkers(ShopCopy shop) =>
        Directory.EnumerateFiles(shop.Root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadAllLines(f).Select((text, i) => (f, i + 1, Marker.Match(text))))
            .Where(x => x.Item3.Success)
            .Select(x => $"{Path.GetRelativePath(shop.Root, x.f).Replace('\\', '/')}:{x.Item2} {x.Item3.Groups[2].Value}/{x.Item3.Groups[3].Value}")
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToList();

    private static bool IsProposed(ShopCopy shop, string marker)
    {
        var path = Path.Combine(shop.Root, marker.Substring(0, marker.IndexOf(':', StringComparison.Ordinal)));
        var line = int.Parse(marker.Substring(marker.IndexOf(':', StringComparison.Ordinal) + 1).Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        return File.ReadAllLines(path)[line - 1].Contains("// proposed ", StringComparison.Ordinal);
    }

    private static (string File, int Line) FirstMarkedLine(ShopCopy shop, string kind) =>
        Directory.EnumerateFiles(shop.Root, "*.cs", SearchOption.AllDirectories)
            .OrderBy(f => f, StringComparer.Ordinal)
            .SelectMany(f => File.ReadAllLines(f).Select((text, i) => (f, i + 1, text)))
            .Where(x => x.text.Contains("// " + kind + " ADR-0003/", StringComparison.Ordinal) || x.text.Contains("// " + kind + " ADR-0007/", StringComparison.Ordinal))
            .Select(x => (x.f, x.Item2))
            .First();
}
