using System;
using System.Linq;
using System.Threading.Tasks;
using System.Xml.Linq;
using TechLead.EndToEnd.Infrastructure;
using TechLead.EndToEnd.Shop;

namespace TechLead.EndToEnd;

/// <summary>
/// Issue "real use", part 4: samples/Shop's architecture tests (one AdrFitnessTests class) run with
/// `dotnet test` and fail exactly on the accepted error rules that the sample's markers say are broken,
/// naming the ADRs and linking to them; proposed rules are skipped with the reason.
/// </summary>
[Collection(ShopArchitectureTestGroup.Name)]
public sealed class ShopArchitectureTestsTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(6);

    [Fact]
    public async Task Dotnet_test_fails_exactly_on_the_marked_error_rules_and_skips_proposed_ones()
    {
        var shop = System.IO.Path.Combine(RepoPaths.Root, "samples", "Shop");
        using var results = TempDirectory.Create("shop-architecture-tests");
        var run = await ProcessRunner.RunAsync(
            ProcessSpec.Dotnet(shop, "test", "Shop.ArchitectureTests/Shop.ArchitectureTests.csproj", "--logger", "trx;LogFileName=architecture.trx", "--results-directory", results.Path),
            Timeout);
        Assert.True(run.ExitCode != 0, run.Describe("the deliberate violations should fail the architecture tests"));

        var markers = ShopMarkers.Read(shop);
        var outcomes = XDocument.Load(results.Combine("architecture.trx")).Descendants()
            .Where(e => e.Name.LocalName == "UnitTestResult")
            .ToDictionary(e => (string)e.Attribute("testName")!, e => e);

        string[] Names(string outcome) => outcomes.Where(o => (string?)o.Value.Attribute("outcome") == outcome).Select(o => o.Key).Order(StringComparer.Ordinal).ToArray();
        string[] Rules(BuildSeverity severity) => markers.Where(m => m.Severity == severity).Select(m => $"{m.AdrId}/{m.RuleId}").Distinct().Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(Rules(BuildSeverity.Error), Names("Failed"));
        Assert.Equal(Rules(BuildSeverity.Info), Names("NotExecuted"));
        Assert.Contains("ADR validation", Names("Passed"));
        Assert.All(Rules(BuildSeverity.Warning), rule => Assert.Contains(rule, Names("Passed")));

        foreach (var failed in Names("Failed"))
        {
            var message = outcomes[failed].Descendants().First(e => e.Name.LocalName == "Message").Value;
            var adr = failed[..failed.IndexOf('/', StringComparison.Ordinal)];
            Assert.Contains(failed + ": ", message, StringComparison.Ordinal);
            Assert.Contains($"[{adr}] ", message, StringComparison.Ordinal);
            Assert.Matches(@"ADR: file:///\S+/samples/Shop/docs/adr/\d{4}-[a-z0-9-]+\.md#" + failed[(failed.IndexOf('/', StringComparison.Ordinal) + 1)..], message);
        }

        var skipped = outcomes[Names("NotExecuted")[0]].Descendants().First(e => e.Name.LocalName == "Message").Value;
        Assert.Equal("proposed: not enforced yet", skipped);
    }
}
