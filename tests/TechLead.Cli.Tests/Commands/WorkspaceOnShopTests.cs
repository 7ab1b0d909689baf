using System;
using System.IO;
using System.Linq;
using TechLead.Cli.Tests.Support;

namespace TechLead.Cli.Tests.Commands;

/// <summary>
/// The case: from the folder above a repository, <c>check</c>, <c>report</c> and <c>impact</c> given the
/// repository's folder as <c>[target]</c> all find its docs/adr (rules/0033), and agree with a run from inside it.
/// </summary>
public sealed class WorkspaceOnShopTests(RestoredShopFixture restored) : IClassFixture<RestoredShopFixture>
{
    [Fact]
    public void Check_report_and_impact_given_the_folder_find_its_adrs_as_from_inside()
    {
        var shop = restored.Shop;
        var above = Path.GetDirectoryName(shop.Root)!;
        var target = Path.GetFileName(shop.Root);
        var site = Path.Combine(Path.GetTempPath(), "techlead-site-" + Guid.NewGuid().ToString("N"));
        try
        {
            var check = TechLeadTool.Run(above, "check", target, "--no-restore");
            var inside = shop.Run("check", "--no-restore");
            var impact = TechLeadTool.Run(above, "impact", "ADR-0012", target, "--no-restore");
            var impactInside = shop.Run("impact", "ADR-0012", "--no-restore");
            var report = TechLeadTool.Run(above, "report", target, "--no-restore", "--out", site);

            Assert.True(check.ExitCode == 1, check.ToString());
            Assert.Equal(inside.StdoutLines[^1], check.StdoutLines[^1]);
            Assert.True(impact.ExitCode == 0, impact.ToString());
            Assert.Equal(impactInside.StdoutLines.Take(2), impact.StdoutLines.Take(2));
            Assert.Contains("would report", impact.StdoutLines[1], StringComparison.Ordinal);
            Assert.True(report.ExitCode == 0, report.ToString());
            var pages = Directory.GetFiles(Path.Combine(shop.Root, "docs", "adr"), "*.md").Length;
            Assert.EndsWith($"a page per ADR ({pages})", report.StdoutLines[^1], StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(site))
            {
                Directory.Delete(site, recursive: true);
            }
        }
    }
}
