using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using TechLead.EndToEnd.LocalFeed;

namespace TechLead.EndToEnd.DocTests;

/// <summary>
/// docs/tutorial.md cannot rot: every <c>sh</c> block of the page runs verbatim, in order, next to this run's packed
/// feed, with the exit codes and output lines the page shows; then what the page says was made is checked.
/// </summary>
[Collection(TutorialTestGroup.Name)]
public sealed class TutorialPageTests(LocalFeedFixture feed)
{
    private readonly DocPage _page = DocPage.Load("tutorial.md");

    [Fact]
    public void The_page_marks_exactly_the_builds_that_fail_and_shows_what_they_print()
    {
        var failing = _page.Commands.Where(c => c.ExpectedExitCode != 0).ToArray();

        Assert.Equal(["dotnet build", "dotnet build"], failing.Select(c => c.Script));
        Assert.All(failing, c => Assert.NotEmpty(c.ExpectedOutput));
    }

    [Fact]
    public async Task Every_command_runs_as_the_page_says()
    {
        await feed.EnsurePackedAsync();
        using var sandbox = DocSandbox.Create(feed, "tutorial");
        var runner = new DocCommandRunner(sandbox.Path, sandbox.Environment);

        await runner.RunAllAsync(_page);

        var shop = sandbox.Combine("shop");
        Assert.Equal(shop, runner.CurrentDirectory);
        Assert.Equal(
            ["0001-record-architecture-decisions.md", "0002-times-are-utc.md", "0003-endpoints-do-not-use-infrastructure.md", "README.md"],
            Directory.GetFiles(Path.Combine(shop, "docs", "adr")).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        using var baseline = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(shop, "techlead.baseline.json")));
        var entry = Assert.Single(baseline.RootElement.GetProperty("entries").EnumerateArray());
        Assert.Equal("ADR-0003", entry.GetProperty("adr").GetString());
        Assert.Equal("endpoints-no-infra", entry.GetProperty("rule").GetString());
        Assert.Equal("T:Shop.Api.Endpoints.OrderEndpoints", entry.GetProperty("from").GetString());
        Assert.Equal("T:Shop.Infrastructure.SqlOrderStore", entry.GetProperty("to").GetString());
        Assert.Equal(4, entry.GetProperty("count").GetInt32());

        Assert.True(File.Exists(Path.Combine(shop, "artifacts", "adr-report", "index.html")));
    }
}
