using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using TechLead.Cli.Tests.Support;
using TechLead.Rules;
using TechLead.Rules.Model;

namespace TechLead.Cli.Tests.Commands;

/// <summary>
/// infer on the Shop without its deliberate violations: one proposed ADR whose rules hold (impact says 0), with
/// evidence per rule; accepted on the original Shop, its rules catch at least half of the marked violations.
/// </summary>
public sealed class InferOnShopTests(InferOnShopFixture inferred) : IClassFixture<InferOnShopFixture>
{
    private static readonly Regex Marker = new(@"// (violates|proposed) (ADR-\d{4}/[a-z0-9-]+)", RegexOptions.None, TimeSpan.FromSeconds(1));

    [Fact]
    public void Writes_one_proposed_adr_with_the_next_number_and_evidence_for_each_rule()
    {
        Assert.True(inferred.Run.ExitCode == 0, inferred.Run.ToString());
        var rules = Adr().Rules;
        Assert.Equal($"created ADR-0015 (proposed) with {rules.Count} rule(s) that hold today: docs/adr/0015-keep-the-structure-shop-already-has.md", inferred.Run.StdoutLines[0]);
        var document = Assert.Single(AdrSet.Load([new AdrSourceFile(inferred.AdrPath, inferred.AdrText)]).Documents);
        Assert.Equal(AdrStatus.Proposed, document.Status);
        Assert.Equal("Keep the structure Shop already has", document.Title);
        Assert.Empty(AdrSet.Load([new AdrSourceFile(inferred.AdrPath, inferred.AdrText)]).Diagnostics);
        var context = Section("Context and Problem Statement");
        Assert.All(rules, rule => Assert.Matches($@"(?m)^\* `{Regex.Escape(rule.Id)}` \({RuleKinds.GetName(rule.Kind)}\): .+; covers \d+ type\(s\), 0 violations today\.", context));
        Assert.Contains("* `shop-application-independent` (independent): no type in Customers, Ordering, Products (below Shop.Application) uses another of them today; not modules: Common (used by Customers, Ordering); covers 15 type(s), 0 violations today.", context, StringComparison.Ordinal);
        Assert.Contains("* `api-does-not-use-infrastructure` (forbid): of Api, only namespace Shop.Api uses Infrastructure (a composition root); covers 10 type(s), 0 violations today. Left out: `Shop.Api.Program`, because the analyzer reports it today: 'Shop.Api.Program' must not depend on 'Shop.Infrastructure.InfrastructureServiceRegistration'", context, StringComparison.Ordinal);
        Assert.Contains("- id: api-does-not-use-infrastructure\n  kind: forbid\n  from:\n    namespace: Shop.Api.**\n    except: Shop.Api.Program\n  to: Shop.Infrastructure.**\n", inferred.AdrText, StringComparison.Ordinal);
        Assert.Contains("- id: layers\n  kind: layers\n  layers:\n    - name: Api\n      types: Shop.Api.**\n    - name: Infrastructure\n      types: Shop.Infrastructure.**\n    - name: Application\n      types: Shop.Application.**\n    - name: Domain\n      types: Shop.Domain.**\n  mode: relaxed\n", inferred.AdrText, StringComparison.Ordinal);
        Assert.Contains("- id: shop-domain-self-contained\n  kind: allow-only\n  from: Shop.Domain.**\n  to: Shop.Domain.**\n  also-allow: [System.*, System.Collections.Generic.*, System.Globalization.*, System.Linq.*, System.Threading.*, System.Threading.Tasks.*]\n", inferred.AdrText, StringComparison.Ordinal);
    }

    [Fact]
    public void Impact_of_the_inferred_adr_reports_no_violation()
    {
        var impact = inferred.Clean.Run("impact", "ADR-0015", "--no-restore");

        Assert.True(impact.ExitCode == 0, impact.ToString());
        Assert.Equal("ADR-0015: Keep the structure Shop already has (proposed)", impact.StdoutLines[0]);
        Assert.Equal($"if accepted, its {Adr().Rules.Count} rule(s) would report 0 violation(s) today", impact.StdoutLines[1]);
    }

    [Fact]
    public void Accepted_on_the_original_shop_it_catches_at_least_half_of_the_marked_violations_and_nothing_else()
    {
        using var original = new ShopCopy();
        File.WriteAllText(Path.Combine(original.AdrDirectory, Path.GetFileName(inferred.AdrPath)), inferred.AdrText.Replace("status: proposed\n", "status: accepted\n", StringComparison.Ordinal));

        var check = original.Run("check", "--format", "json");

        Assert.True(check.ExitCode == 1, check.ToString());
        using var json = JsonDocument.Parse(check.Stdout);
        var flagged = json.RootElement.GetProperty("adrs").EnumerateArray()
            .SelectMany(a => a.GetProperty("violations").EnumerateArray())
            .Where(v => v.GetProperty("adr").GetString() == "ADR-0015")
            .Select(v => $"{v.GetProperty("path").GetString()}:{v.GetProperty("line").GetInt32()}")
            .ToHashSet(StringComparer.Ordinal);
        var markers = Markers(original);
        var caught = markers.Where(m => flagged.Contains(m.Key)).Select(m => m.Value).OrderBy(m => m, StringComparer.Ordinal).ToList();
        Assert.True(caught.Count * 2 >= markers.Count, $"caught {caught.Count} of {markers.Count}: {string.Join(", ", caught)}");
        Assert.Equal(
        [
            "ADR-0001/strict-layers", "ADR-0002/no-persistence-in-domain", "ADR-0002/no-persistence-in-domain",
            "ADR-0003/endpoints-no-persistence", "ADR-0003/endpoints-no-persistence", "ADR-0004/contracts-are-self-contained",
            "ADR-0005/application-slices-independent", "ADR-0005/application-slices-independent", "ADR-0005/domain-slices-acyclic",
            "ADR-0008/domain-events-are-named", "ADR-0008/value-objects-immutable", "ADR-0009/command-handlers-implement-interface",
            "ADR-0009/repository-interfaces-in-domain", "ADR-0009/repository-suffix", "ADR-0011/endpoint-modules-are-static",
        ], caught);
        Assert.Equal(22, markers.Count);
        // Every line it flags is a deliberate violation: the inferred rules add no noise.
        Assert.All(flagged, line => Assert.Contains(line, markers.Keys));
    }

    [Fact]
    public void The_clean_copy_breaks_none_of_the_shops_own_rules()
    {
        var check = inferred.Clean.Run("check", "--no-restore", "--format", "json");

        Assert.True(check.ExitCode == 0, check.ToString());
        using var json = JsonDocument.Parse(check.Stdout);
        Assert.DoesNotContain(json.RootElement.GetProperty("adrs").EnumerateArray().SelectMany(a => a.GetProperty("violations").EnumerateArray()), v => v.GetProperty("adr").GetString() != "ADR-0015");
        Assert.Empty(Markers(inferred.Clean));
    }

    [Fact]
    public void With_the_shops_decisions_accepted_it_proposes_none_of_their_rules_again_and_names_an_impact_that_works()
    {
        var again = inferred.Clean.Run("infer", "--out", "proposals/again.md", "--no-restore");

        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.StartsWith("created ADR-0016 (proposed) with ", again.StdoutLines[0], StringComparison.Ordinal);
        Assert.Contains("not proposed again: independent shop-application-independent is already enforced by accepted ADR-0005/application-slices-independent", again.StdoutLines);
        var text = File.ReadAllText(Path.Combine(inferred.Clean.Root, "proposals", "again.md"));
        Assert.DoesNotContain("shop-application-independent", text, StringComparison.Ordinal);
        Assert.Contains("- id: api-does-not-use-infrastructure\n", text, StringComparison.Ordinal);
        Assert.Equal("next: review it, 'techlead impact ADR-0016 --adr-dir proposals' to see it flags nothing, then set status: accepted", again.StdoutLines[^1]);

        var impact = inferred.Clean.Run("impact", "ADR-0016", "--adr-dir", "proposals", "--no-restore");

        Assert.True(impact.ExitCode == 0, impact.ToString());
        Assert.Matches(@"^if accepted, its \d+ rule\(s\) would report 0 violation\(s\) today$", impact.StdoutLines[1]);
    }

    [Fact]
    public void A_second_run_never_overwrites_the_adr()
    {
        var again = inferred.Clean.Run("infer", "--out", inferred.AdrPath);

        again.AssertBadInput("docs/adr/0015-keep-the-structure-shop-already-has.md already exists; infer never overwrites a file (pass another --out)");
        Assert.Equal(inferred.AdrText, File.ReadAllText(inferred.AdrPath));
    }

    private AdrDocument Adr() => AdrSet.Load([new AdrSourceFile(inferred.AdrPath, inferred.AdrText)]).Documents.Single();

    private string Section(string heading)
    {
        var start = inferred.AdrText.IndexOf("## " + heading + "\n", StringComparison.Ordinal);
        var end = inferred.AdrText.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return inferred.AdrText.Substring(start, end - start);
    }

    /// <summary>"path:line" of each marked line → "ADR-xxxx/rule".</summary>
    private static Dictionary<string, string> Markers(ShopCopy shop) =>
        Directory.EnumerateFiles(shop.Root, "*.cs", SearchOption.AllDirectories)
            .SelectMany(f => File.ReadAllLines(f).Select((text, i) => (Path: Path.GetRelativePath(shop.Root, f).Replace('\\', '/'), Line: i + 1, Match: Marker.Match(text))))
            .Where(x => x.Match.Success)
            .ToDictionary(x => $"{x.Path}:{x.Line}", x => x.Match.Groups[2].Value, StringComparer.Ordinal);
}
