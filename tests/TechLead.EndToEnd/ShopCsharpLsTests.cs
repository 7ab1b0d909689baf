using System;
using System.Diagnostics;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using TechLead.EndToEnd.LocalFeed;
using TechLead.EndToEnd.Lsp;
using TechLead.EndToEnd.Shop;
using Xunit.Abstractions;

namespace TechLead.EndToEnd;

/// <summary>
/// The IDE path with the real package: csharp-ls opens a restored copy of samples/Shop whose analyzer comes from the
/// local feed, publishes TL0002 for the persistence attributes in the domain with the ADR link, and drops it once the
/// editor buffer no longer references them.
/// </summary>
[Collection(ShopCopyTestGroup.Name)]
public sealed class ShopCsharpLsTests(LocalFeedFixture feed, ShopCopyFixture copy, ITestOutputHelper output)
{
    private const string Product = "Shop.Domain/Products/Product.cs";
    private static readonly TimeSpan TestBudget = TimeSpan.FromMinutes(4);
    private static readonly JsonObject AnalyzersEnabled = new() { ["csharp"] = new JsonObject { ["analyzersEnabled"] = true } };

    [Fact]
    public async Task Csharp_ls_publishes_TL0002_with_the_adr_link_and_clears_it_after_the_edit()
    {
        var shop = await copy.GetAsync(feed);
        using var budget = new CancellationTokenSource(TestBudget);
        var stopwatch = Stopwatch.StartNew();
        var server = await CsharpLsInstallation.EnsureInstalledAsync(budget.Token);
        var restored = stopwatch.Elapsed;
        var text = shop.ReadFile(Product);
        var path = shop.FullPath(Product);
        var adrLink = ShopExpectations.FileHelpLink(shop, "0002-persistence-ignorant-domain.md", "no-persistence-in-domain");
        Assert.Equal([9, 26], ShopMarkers.Read(shop.Root).Where(e => e.File == Product && e.DiagnosticId == "TL0002").Select(e => e.Line));

        // csharp-ls loads the solution with MSBuild; the environment variable is how the sample's hook sees the version.
        var process = server.ServerProcess(shop.Root).WithEnvironment("TechLeadAnalyzersVersion", LocalFeedFixture.PackageVersion);
        await using var client = LspClient.Start(process, AnalyzersEnabled);
        try
        {
            await client.InitializeAsync(shop.Root, TimeSpan.FromSeconds(30), budget.Token);
            await client.DidOpenAsync(path, text, version: 1, budget.Token);
            var flagged = await client.WaitForDiagnosticsAsync(path, d => d.WithCode("TL0002").Any(), TimeSpan.FromSeconds(150), budget.Token);
            var firstDiagnostics = stopwatch.Elapsed;

            // Zero-based lines 8 and 25: the attribute names 'Table' and 'Column' as written, without the brackets.
            Assert.Equal([new LspRange(8, 1, 8, 6), new LspRange(25, 5, 25, 11)], flagged.WithCode("TL0002").Select(d => d.Range).Order(RangeOrder.Instance));
            Assert.All(flagged.WithCode("TL0002"), d =>
            {
                Assert.StartsWith("[ADR-0002] 'Shop.Domain.Products.Product' must not depend on 'System.ComponentModel.DataAnnotations.Schema.", d.Message, StringComparison.Ordinal);
                Assert.EndsWith("(rule no-persistence-in-domain: the domain model must not know how or where it is stored)", d.Message, StringComparison.Ordinal);
                Assert.Equal(new Uri(adrLink), d.CodeDescriptionHref);
                Assert.Equal(1, d.Severity);
            });

            // Line count unchanged, still compiles: the attributes go, the markers' comments stay.
            var edited = text.Replace("[Table(\"products\")] //", "//", StringComparison.Ordinal).Replace("[Column(\"sku\")] //", "//", StringComparison.Ordinal);
            await client.DidChangeAsync(path, edited, version: 2, budget.Token);
            var cleared = await client.WaitForDiagnosticsAsync(path, d => !d.WithCode("TL0002").Any(), TimeSpan.FromSeconds(60), budget.Token);
            var fixedAt = stopwatch.Elapsed;
            Assert.Contains(cleared.Diagnostics, d => d.Code == "TL0005");

            Assert.Equal(0, await client.ShutdownAsync(TimeSpan.FromSeconds(15), budget.Token));
            output.WriteLine(
                $"copy+restore+prebuild {copy.SetupTime.TotalSeconds:F1}s; ready {restored.TotalSeconds:F1}s; didOpen->TL0002 {(firstDiagnostics - restored).TotalSeconds:F1}s; " +
                $"didChange->cleared {(fixedAt - firstDiagnostics).TotalSeconds:F1}s; total {stopwatch.Elapsed.TotalSeconds:F1}s");
        }
        finally
        {
            output.WriteLine(client.Transcript);
        }
    }

    private sealed class RangeOrder : System.Collections.Generic.IComparer<LspRange>
    {
        public static readonly RangeOrder Instance = new();

        public int Compare(LspRange? x, LspRange? y) =>
            (x?.StartLine ?? -1).CompareTo(y?.StartLine ?? -1) is var byLine and not 0 ? byLine : (x?.StartCharacter ?? -1).CompareTo(y?.StartCharacter ?? -1);
    }
}
