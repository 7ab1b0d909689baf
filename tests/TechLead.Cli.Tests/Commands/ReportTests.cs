using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using TechLead.Cli.Tests.Support;
using Xunit.Abstractions;

namespace TechLead.Cli.Tests.Commands;

public sealed class ReportTests(ITestOutputHelper output)
{
    [Fact]
    public void Writes_html_and_markdown_twins_with_the_adr_log_diagrams_and_glossary()
    {
        using var shop = new ShopCopy();
        var run = shop.Run("report", "--no-check", "--out", "site");

        Assert.True(run.ExitCode == 0, run.ToString());
        var markdown = File.ReadAllText(Path.Combine(shop.Root, "site", "index.md"));
        var html = File.ReadAllText(Path.Combine(shop.Root, "site", "index.html"));
        Assert.Contains("## Decision log", markdown, StringComparison.Ordinal);
        Assert.Contains("| [ADR-0007](<ADR-0007.md>) | Use TimeProvider for the current time | accepted |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Source | [docs/adr/0007-use-timeprovider.md](<../docs/adr/0007-use-timeprovider.md>) |", File.ReadAllText(Path.Combine(shop.Root, "site", "ADR-0007.md")), StringComparison.Ordinal);
        Assert.Contains("## <a id=\"violations\"></a>Violations\n\nCode not checked: --no-check was given.", File.ReadAllText(Path.Combine(shop.Root, "site", "ADR-0007.md")), StringComparison.Ordinal);
        Assert.Contains("```mermaid\ngraph LR\n", markdown, StringComparison.Ordinal);
        Assert.Contains("-->|supersedes|", markdown, StringComparison.Ordinal);
        Assert.Contains("### Intended: ADR-0001/strict-layers (strict)", markdown, StringComparison.Ordinal);
        Assert.Contains("## Vocabulary", markdown, StringComparison.Ordinal);
        Assert.Contains("Code not checked: --no-check was given.", markdown, StringComparison.Ordinal);
        Assert.Contains("<pre class=\"mermaid\">", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"mermaid.min.js\"></script>", html, StringComparison.Ordinal);
        Assert.True(new FileInfo(Path.Combine(shop.Root, "site", "mermaid.min.js")).Length > 1_000_000);
    }

    [Theory]
    [InlineData("report")]
    [InlineData("impact")]
    [InlineData("adr", "show")]
    public void Help_of_the_commands_that_take_a_target_prints_the_options(params string[] command)
    {
        using var repo = new TempRepo();

        var run = repo.Run([.. command, "--help"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(run.StdoutLines, l => l.Contains("--solution <PATH>", StringComparison.Ordinal) && l.Contains("Same as the [target] argument", StringComparison.Ordinal));
    }

    [ChromiumFact]
    public void The_html_report_renders_its_mermaid_diagrams_offline_in_headless_chromium()
    {
        Assert.True(Chromium.Path is not null, "chromium is not installed; .ci/run must 'apt-get install -y chromium'");
        using var shop = new ShopCopy();
        File.WriteAllText(Path.Combine(shop.Root, "techlead.history.jsonl"), ReportTrendTests.History.Replace("ADR-0001", "ADR-0007", StringComparison.Ordinal));
        Assert.Equal(0, shop.Run("report", "--no-check", "--out", "site").ExitCode);
        var page = new Uri(Path.Combine(shop.Root, "site", "index.html")).AbsoluteUri;
        var screenshot = Path.Combine(shop.Root, "report.png");

        // The organization map's owner graph needs a check; render it from a hand-made one beside the report (same mermaid.min.js).
        using var codeOwners = new TempRepo();
        codeOwners.Write("CODEOWNERS", "/src/Shop.Domain/ @acme/domain-team\n");
        var checkedResult = Output.HandMadeResults.Create(Cli.Ownership.CodeOwnership.Load(codeOwners.Root));
        File.WriteAllText(Path.Combine(shop.Root, "site", "organization.html"), Cli.Report.ReportRenderers.Html(new Cli.Report.ReportPage("organization", "Organization", Cli.Report.OrganizationSection.Blocks(checkedResult.Adrs, checkedResult, null, Path.Combine(shop.Root, "site")).ToList())));

        var dom = RunChromium(output, shop.Root, "--dump-dom", page);
        var organization = RunChromium(output, shop.Root, "--dump-dom", new Uri(Path.Combine(shop.Root, "site", "organization.html")).AbsoluteUri);
        RunChromium(output, shop.Root, "--screenshot=" + screenshot, "--window-size=1280,2000", page);

        Assert.Contains("<svg", dom, StringComparison.Ordinal);
        Assert.Contains("ADR-0007: Use TimeProvider for the current time", dom, StringComparison.Ordinal);
        Assert.DoesNotContain("Syntax error", dom, StringComparison.Ordinal);
        // The trends are inline SVG: in the DOM as written, drawn without any script or network.
        Assert.Contains("<svg class=\"trend\" xmlns=\"http://www.w3.org/2000/svg\" width=\"600\" height=\"160\" viewBox=\"0 0 600 160\" role=\"img\" aria-label=\"All ADRs\">", dom, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"ADR-0007/domain-no-infra\"", dom, StringComparison.Ordinal);
        Assert.Contains("points=\"40,24 312,60 584,132\"", dom, StringComparison.Ordinal);
        Assert.Contains("<td><a href=\"../docs/adr/0007-use-timeprovider.md\">ADR-0007</a></td><td>accepted</td><td>@shop/architecture</td><td>Tomasz Nowak</td>", dom, StringComparison.Ordinal);
        // Mermaid turned the owner graph into SVG: both teams as nodes, the counts on the arrow, no syntax error.
        Assert.Contains("@acme/domain-team", organization[organization.IndexOf("<svg", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.Contains("1 reported, 1 baselined", organization[organization.IndexOf("<svg", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.DoesNotContain("Syntax error", organization, StringComparison.Ordinal);
        Assert.True(File.Exists(screenshot) && new FileInfo(screenshot).Length > 10_000, "no screenshot");
        var kept = Path.Combine(AppContext.BaseDirectory, "report-screenshot.png");
        File.Copy(screenshot, kept, overwrite: true);
        output.WriteLine("report screenshot: " + kept);
    }

    internal static string RunChromium(ITestOutputHelper output, string workingDirectory, params string[] arguments)
    {
        var profile = Directory.CreateTempSubdirectory("techlead-chromium-").FullName;
        var start = new ProcessStartInfo(Chromium.Path!)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var flag in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", "--user-data-dir=" + profile, "--virtual-time-budget=15000" })
        {
            start.ArgumentList.Add(flag);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("chromium did not finish");
            }

            output.WriteLine("chromium exit " + process.ExitCode + ": " + stderr.Result.Trim());
            return stdout.Result;
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }
}
