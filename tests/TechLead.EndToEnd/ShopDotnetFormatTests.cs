using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using TechLead.EndToEnd.LocalFeed;
using TechLead.EndToEnd.Shop;
using Xunit.Abstractions;

namespace TechLead.EndToEnd;

/// <summary>
/// The code fixes from the command line: <c>dotnet format analyzers</c> loads TechLead.Analyzers.CodeFixes.dll from the
/// PackageReference (it sits next to the analyzer in analyzers/dotnet/cs) and applies the TL0204 modifiers fix.
/// dotnet format fixes a diagnostic ID through one solution-wide Fix All whose equivalence key is taken from the first
/// diagnostic it finds; when that diagnostic has no fix (Shop's own TL0204s: an immutability requirement and a class
/// with a private constructor), nothing is fixed, so the fixable file is selected with <c>--include</c>.
/// </summary>
[Collection(ShopCopyTestGroup.Name)]
public sealed class ShopDotnetFormatTests(LocalFeedFixture feed, ShopCopyFixture copy, ITestOutputHelper output)
{
    private const string HealthEndpoints = "Shop.Api/Endpoints/HealthEndpoints.cs";
    private const string NoFixAllWarning = "Unable to fix TL0204. Code fix ModifiersFixer didn't return a Fix All action.";
    private static readonly TimeSpan TestBudget = TimeSpan.FromMinutes(8);
    private static readonly TimeSpan FormatTimeout = TimeSpan.FromMinutes(3);

    /// <summary>A new endpoint module that breaks ADR-0011 (static endpoint modules) and can be made static as is.</summary>
    private static readonly string NonStaticModule = Module("public class HealthEndpoints");

    [Fact]
    public async Task Dotnet_format_makes_a_new_endpoint_module_static_and_the_build_stops_reporting_it()
    {
        var shop = await copy.GetAsync(feed);
        using var budget = new CancellationTokenSource(TestBudget);
        using var added = shop.Edit(HealthEndpoints, _ => NonStaticModule);
        var before = await shop.BuildAsync("Shop.Api/Shop.Api.csproj", buildReferences: false, budget.Token);
        var flagged = Assert.Single(before.Sarif, r => r.FilePath == shop.FullPath(HealthEndpoints));
        Assert.Equal(("TL0204", 7, 14, "[ADR-0011] 'Shop.Api.Endpoints.HealthEndpoints' must be static"), (flagged.RuleId, flagged.StartLine, flagged.StartColumn, flagged.Message.Split(" (rule ")[0]));

        var format = await shop.RunDotnetAsync(
            FormatTimeout, budget.Token, "format", "analyzers", ShopCopy.Solution, "--diagnostics", "TL0204", "--severity", "info", "--no-restore", "--include", HealthEndpoints);
        output.WriteLine(format.Describe("dotnet format"));

        format.EnsureSuccess();
        Assert.Equal(Module("public static class HealthEndpoints"), shop.ReadFile(HealthEndpoints));
        var after = await shop.BuildAsync("Shop.Api/Shop.Api.csproj", buildReferences: false, budget.Token);
        Assert.DoesNotContain(after.Sarif, r => r.FilePath == shop.FullPath(HealthEndpoints));
        var apiMarkers = ShopMarkers.Read(shop.Root).Where(e => e.File.StartsWith("Shop.Api/", StringComparison.Ordinal));
        Assert.Equal(ShopExpectations.Keys(apiMarkers), ShopExpectations.Keys(shop, after.Sarif));
        output.WriteLine($"setup {copy.SetupTime.TotalSeconds:F1}s; build {before.Result.Elapsed.TotalSeconds:F1}s; format {format.Elapsed.TotalSeconds:F1}s; build {after.Result.Elapsed.TotalSeconds:F1}s");
    }

    [Fact]
    public async Task Dotnet_format_over_the_solution_fixes_nothing_when_the_first_TL0204_has_no_fix()
    {
        var shop = await copy.GetAsync(feed);
        using var budget = new CancellationTokenSource(TestBudget);
        using var added = shop.Edit(HealthEndpoints, _ => NonStaticModule);

        var format = await shop.RunDotnetAsync(
            FormatTimeout, budget.Token, "format", "analyzers", ShopCopy.Solution, "--diagnostics", "TL0204", "--severity", "info", "--no-restore");
        output.WriteLine(format.Describe("dotnet format"));

        format.EnsureSuccess();
        Assert.Contains(NoFixAllWarning, format.StandardOutput + format.StandardError, StringComparison.Ordinal);
        Assert.Equal(NonStaticModule, shop.ReadFile(HealthEndpoints));
    }

    private static string Module(string declaration) => $$"""
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Routing;

        namespace Shop.Api.Endpoints;

        {{declaration}}
        {
            public static void Map(IEndpointRouteBuilder app) => app.MapGet("/health", () => Results.Ok());
        }

        """;
}
