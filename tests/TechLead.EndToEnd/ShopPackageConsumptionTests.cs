using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using TechLead.EndToEnd.LocalFeed;
using TechLead.EndToEnd.Shop;
using Xunit.Abstractions;

namespace TechLead.EndToEnd;

/// <summary>
/// Real use: a copy of samples/Shop restores TechLead.Analyzers 0.1.0 from the local feed by PackageReference, and
/// <c>dotnet build</c> reports exactly the violations the sample's marker comments promise, with ADR help links, then
/// passes once the decisions are only proposed or the violations are baselined.
/// </summary>
[Collection(ShopCopyTestGroup.Name)]
public sealed partial class ShopPackageConsumptionTests(LocalFeedFixture feed, ShopCopyFixture copy, ITestOutputHelper output)
{
    private const string AcmeBaseUrl = "https://github.com/acme/shop/blob/main/";
    private static readonly TimeSpan TestBudget = TimeSpan.FromMinutes(9);
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    [Fact]
    public async Task Build_fails_with_exactly_the_marked_violations_and_their_adr_links()
    {
        var shop = await ShopAsync();
        using var budget = new CancellationTokenSource(TestBudget);
        var expected = ShopMarkers.Read(shop.Root);

        var build = await shop.BuildAsync(ShopCopy.Solution, buildReferences: false, budget.Token);
        Report(build);

        Assert.False(build.Result.Succeeded, build.Describe("The build with marked violations succeeded"));
        Assert.Equal(ShopExpectations.Keys(expected.Where(e => e.Severity != BuildSeverity.Info)), ShopExpectations.Keys(shop, build.Diagnostics));
        foreach (var diagnostic in build.Diagnostics)
        {
            var (adr, rule) = ShopExpectations.AdrAndRule(diagnostic.Message);
            var adrFile = expected.First(e => e.AdrId == adr).AdrFile;
            Assert.Equal(ShopExpectations.FileHelpLink(shop, adrFile, rule), diagnostic.HelpLink);
            ShopExpectations.AssertStartsIdentifier(diagnostic.Path, diagnostic.Line, diagnostic.Column);
        }

        // The compiler's SARIF log also carries the info-level diagnostics of proposed ADRs, which the console omits.
        Assert.Equal(ShopExpectations.Keys(expected), ShopExpectations.Keys(shop, build.Sarif));
        foreach (var result in build.Sarif)
        {
            var (adr, rule) = ShopExpectations.AdrAndRule(result.Message);
            Assert.Equal(ShopExpectations.FileHelpLink(shop, expected.First(e => e.AdrId == adr).AdrFile, rule), result.HelpUri);
            Assert.Equal((adr, rule), (result.Property("adr"), result.Property("rule")));
        }
    }

    [Fact]
    public async Task TechLeadAdrBaseUrl_turns_help_links_into_repository_links()
    {
        var shop = await ShopAsync();
        using var budget = new CancellationTokenSource(TestBudget);
        var expected = ShopMarkers.Read(shop.Root).Where(e => e.File.StartsWith("Shop.Domain/", StringComparison.Ordinal)).ToList();

        var build = await shop.BuildAsync("Shop.Domain/Shop.Domain.csproj", buildReferences: false, budget.Token, $"-p:TechLeadAdrBaseUrl={AcmeBaseUrl}");
        Report(build);

        Assert.Equal(ShopExpectations.Keys(expected), ShopExpectations.Keys(shop, build.Sarif));
        Assert.All(build.Sarif, result =>
        {
            var (adr, rule) = ShopExpectations.AdrAndRule(result.Message);
            Assert.Equal($"{AcmeBaseUrl}docs/adr/{expected.First(e => e.AdrId == adr).AdrFile}#{rule}", result.HelpUri);
        });
        Assert.All(build.Diagnostics, d => Assert.StartsWith(AcmeBaseUrl + "docs/adr/0", d.HelpLink, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Removing_the_persistence_attributes_clears_only_their_rule()
    {
        var shop = await ShopAsync();
        using var budget = new CancellationTokenSource(TestBudget);
        const string product = "Shop.Domain/Products/Product.cs";
        Assert.Contains(ShopMarkers.Read(shop.Root), e => e.File == product && e.RuleId == "no-persistence-in-domain");

        using (shop.Edit(product, text => PersistenceAttributeLine().Replace(text, string.Empty)))
        {
            var expected = ShopMarkers.Read(shop.Root).Where(e => e.File.StartsWith("Shop.Domain/", StringComparison.Ordinal)).ToList();
            var build = await shop.BuildAsync("Shop.Domain/Shop.Domain.csproj", buildReferences: false, budget.Token);
            Report(build);

            Assert.DoesNotContain(expected, e => e.RuleId == "no-persistence-in-domain");
            Assert.Equal(ShopExpectations.Keys(expected), ShopExpectations.Keys(shop, build.Sarif));
            Assert.DoesNotContain(build.Diagnostics, d => d.Message.StartsWith("[ADR-0002]", StringComparison.Ordinal));
            Assert.False(build.Result.Succeeded, build.Describe("Shop.Domain still has other violations, yet it built"));
        }
    }

    [Fact]
    public async Task Build_passes_when_every_accepted_adr_is_only_proposed()
    {
        var shop = await ShopAsync();
        using var budget = new CancellationTokenSource(TestBudget);
        var expected = ShopMarkers.Read(shop.Root);
        var edits = new List<IDisposable>();
        try
        {
            foreach (var adr in System.IO.Directory.EnumerateFiles(shop.FullPath("docs/adr"), "*.md"))
            {
                var relative = shop.RelativePath(adr);
                if (shop.ReadFile(relative).Contains("\nstatus: accepted\n", StringComparison.Ordinal))
                {
                    edits.Add(shop.Edit(relative, text => text.Replace("\nstatus: accepted\n", "\nstatus: proposed\n", StringComparison.Ordinal)));
                }
            }

            // A real build this time, references included: nothing may stop it.
            var build = await shop.BuildAsync(ShopCopy.Solution, buildReferences: true, budget.Token);
            Report(build);

            build.Result.EnsureSuccess();
            Assert.Empty(build.Diagnostics);
            Assert.Equal(
                ShopExpectations.Keys(expected.Select(e => e with { Severity = BuildSeverity.Info })),
                ShopExpectations.Keys(shop, build.Sarif));
        }
        finally
        {
            edits.ForEach(edit => edit.Dispose());
        }
    }

    [Fact]
    public async Task A_baseline_of_the_current_violations_lets_the_build_pass()
    {
        var shop = await ShopAsync();
        using var budget = new CancellationTokenSource(TestBudget);
        var before = await shop.BuildAsync(ShopCopy.Solution, buildReferences: false, budget.Token);
        Assert.Equal(ShopMarkers.Read(shop.Root).Count, before.Sarif.Count);

        // techlead baseline create is not on main yet; this writes what it would, from the diagnostics' properties.
        using (shop.Edit("techlead.baseline.json", _ => BaselineFrom(before.Sarif)))
        {
            var build = await shop.BuildAsync(ShopCopy.Solution, buildReferences: true, budget.Token);
            Report(build);

            build.Result.EnsureSuccess();
            Assert.Empty(build.Diagnostics);
            Assert.Empty(build.Sarif);
        }
    }

    /// <summary>A baseline (docs/adr-format.md#baseline) with one entry per (ADR, rule, from, to), counting its violations.</summary>
    private static string BaselineFrom(IEnumerable<SarifResult> results)
    {
        var entries = results
            .GroupBy(r => (Adr: r.Property("adr"), Rule: r.Property("rule"), From: r.Property("baselineFrom"), To: r.Property("baselineTo")))
            .OrderBy(g => g.Key.Adr, StringComparer.Ordinal).ThenBy(g => g.Key.Rule, StringComparer.Ordinal)
            .ThenBy(g => g.Key.From, StringComparer.Ordinal).ThenBy(g => g.Key.To, StringComparer.Ordinal)
            .Select(g => new { adr = g.Key.Adr, rule = g.Key.Rule, from = g.Key.From, to = g.Key.To, count = g.Count(), reason = "end-to-end test" });
        return JsonSerializer.Serialize(new { version = 1, entries }, Indented);
    }

    private Task<ShopCopy> ShopAsync() => copy.GetAsync(feed);

    private void Report(ShopBuild build)
    {
        output.WriteLine($"copy+restore+prebuild {copy.SetupTime.TotalSeconds:F1}s; this build {build.Result.Elapsed.TotalSeconds:F1}s: {build.Result.CommandLine}");
        output.WriteLine(string.Join(Environment.NewLine, build.Diagnostics));
        output.WriteLine(string.Join(Environment.NewLine, build.Sarif));
    }

    [GeneratedRegex(@"^[ \t]*\[(Table|Column)\(""[a-z]+""\)\][^\n]*\n", RegexOptions.Multiline)]
    private static partial Regex PersistenceAttributeLine();
}
