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
/// infer on the Shop without its deliberate violations: proposed ADRs by theme (structure, naming, shape) whose rules hold
/// (impact says 0), with evidence per rule; accepted on the original Shop, their rules catch at least half of the marked
/// violations.
/// </summary>
public sealed class InferOnShopTests(InferOnShopFixture inferred) : IClassFixture<InferOnShopFixture>
{
    private static readonly Regex Marker = new(@"// (violates|proposed) (ADR-\d{4}/[a-z0-9-]+)", RegexOptions.None, TimeSpan.FromSeconds(1));

    [Fact]
    public void Writes_proposed_adrs_by_theme_with_the_next_numbers_and_evidence_for_each_rule()
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
        // The relaxed layering Api > Infrastructure > Application > Domain is what the project references already enforce:
        // a lower project cannot use a higher one without a reference cycle. Named, not proposed (issue 26).
        Assert.DoesNotContain("kind: layers", inferred.AdrText, StringComparison.Ordinal);
        Assert.Contains("* `layers` (layers): holds by construction: every layer's projects reference each layer below them, so a project cannot use one above it without a reference cycle, which the build already refuses\n", inferred.AdrText, StringComparison.Ordinal);
        // The base library by families: the next LINQ or HTTP call in the domain does not break it; the Shop keeps
        // persistence in Shop.Infrastructure.Persistence, so the base library's persistence parts are left out.
        Assert.Contains("- id: shop-domain-self-contained\n  kind: allow-only\n  from: Shop.Domain.**\n  to: Shop.Domain.**\n  also-allow:\n    namespace: System.**\n    except: [System.ComponentModel.DataAnnotations.Schema.**, System.Data.**]\n", inferred.AdrText, StringComparison.Ordinal);
        // One ADR per theme, numbered in order: what depends on what, then names and places, then the shape of types.
        Assert.Equal(
            ["0015-keep-the-structure-shop-already-has.md", "0016-keep-the-names-and-places-shop-s-types-already-have.md", "0017-keep-the-shape-shop-s-types-already-have.md"],
            inferred.Inferred.Keys.Select(Path.GetFileName));
        Assert.All(inferred.Inferred, adr => Assert.Empty(AdrSet.Load([new AdrSourceFile(adr.Key, adr.Value)]).Diagnostics));
        Assert.All(AdrSet.Load([.. inferred.Inferred.Skip(1).Take(1).Select(a => new AdrSourceFile(a.Key, a.Value))]).Rules, rule => Assert.Contains(RuleKinds.GetName(rule.Kind), new[] { "naming", "placement" }));
        Assert.All(AdrSet.Load([.. inferred.Inferred.Skip(2).Select(a => new AdrSourceFile(a.Key, a.Value))]).Rules, rule => Assert.Contains(RuleKinds.GetName(rule.Kind), new[] { "modifiers", "attributes", "must-implement", "must-inherit", "members" }));
    }

    [Fact]
    public void The_analyzer_and_both_fitness_engines_agree_on_every_candidate()
    {
        // Every candidate, proposed or not, was judged by the analyzer, ArchUnitNET and NetArchTest (rules/0045); a rule that
        // holds in one and not another would be named here, and is a defect in TechLead.
        Assert.True(inferred.Run.ExitCode == 0, inferred.Run.ToString());
        Assert.DoesNotContain(inferred.Run.StdoutLines, line => line.Contains("the engines disagree", StringComparison.Ordinal));
        Assert.All(inferred.Inferred.Values, text => Assert.DoesNotContain("the engines disagree", text, StringComparison.Ordinal));
        Assert.All(inferred.Inferred.Values, text => Assert.Contains("the analyzer and both fitness engines (ArchUnitNET and NetArchTest, on the compiled assemblies), run with each rule as if accepted, report 0 violations.", text, StringComparison.Ordinal));
    }

    [Fact]
    public void On_the_shop_with_its_violations_the_candidates_it_breaks_today_are_proposed_with_what_breaks_them_left_out_and_no_engine_disagrees()
    {
        var run = inferred.OnOriginal;

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(
        [
            "created ADR-0015 (proposed) with 6 rule(s) that hold today: " + InferOnShopFixture.OnOriginalPath,
            "  allow-only     shop-domain-self-contained (27 types)",
            "  diagram        shop-application-independent-modules (14 types, 1 left out)",
            "  forbid         api-does-not-use-domain (10 types, 1 left out)",
            "  independent    shop-domain-independent-modules (9 types)",
            "  independent    shop-infrastructure-independent (9 types)",
            "  diagram        shop-domain-module-map (18 types)",
            "28 candidate(s) not proposed, 25 of them beyond the limit of one rule per 10 types (--all proposes them); each is listed in the ADR with the reason",
            "next: review it, 'techlead impact ADR-0015 --adr-dir proposals' to see it flags nothing, then set status: accepted",
        ], run.StdoutLines);
        var text = inferred.OnOriginalText;
        Assert.DoesNotContain("the engines d", text, StringComparison.Ordinal);

        // Each candidate the Shop's deliberate violations break today, as the analyzer, ArchUnitNET and NetArchTest all see
        // it: the types that break it are left out, or the rule allows what the code uses (rules/0041, 0046).
        Assert.Contains("* `api-does-not-use-domain` (forbid): of Api, only namespace Shop.Api.Endpoints uses Domain (a composition root); covers 10 type(s), 0 violations today. Left out: `Shop.Api.Endpoints.OrderEndpoints`, because the analyzer reports it today: 'Shop.Api.Endpoints.OrderEndpoints' must not depend on 'Shop.Domain.Ordering.OrderStatus' (rule api-does-not-use-domain: Keep the structure Shop already has).\n", text, StringComparison.Ordinal);
        Assert.Contains("- id: api-does-not-use-domain\n  kind: forbid\n  from:\n    namespace: Shop.Api.**\n    except: Shop.Api.Endpoints.OrderEndpoints\n  to: Shop.Domain.**\n", text, StringComparison.Ordinal);
        // Modules that meet only through a set of types: the set is drawn as a part of its module, a target only (rules/0051).
        Assert.Contains("* `shop-application-independent-modules` (diagram): the namespaces Customers, Ordering, Products below Shop.Application are modules that use each other today only where Ordering → Products; not modules: Common; the modules meet only through the types named *Checker, drawn as each module's part the others may use (the types named *Checker of that module), along today's 1 arrow(s): Ordering → Products; covers 14 type(s), 0 violations today. Left out: `Shop.Application.Products.ProductAvailabilityChecker`, because Ordering uses it: it is one of the types named *Checker.\n", text, StringComparison.Ordinal);
        Assert.Contains("%% techlead: shop-application-independent-modules\nflowchart LR\n  Customers\n  Ordering\n  subgraph Products\n    ProductsCheckers\n  end\n  Ordering --> ProductsCheckers\n", text, StringComparison.Ordinal);
        Assert.Contains("    ProductsCheckers:\n      name: \"*Checker\"\n      namespace: Shop.Application.Products.**\n", text, StringComparison.Ordinal);
        Assert.Contains("* `shop-domain-independent-modules` (independent): the namespaces Customers, Ordering, Products below Shop.Domain are modules that use each other today only where Ordering → Customers, Ordering → Products, Products → Ordering; not modules: Common; left out: Ordering, which uses Customers and Products (it composes the modules); covers 9 type(s), 0 violations today.\n", text, StringComparison.Ordinal);
        Assert.Contains("- id: shop-domain-independent-modules\n  kind: independent\n  modules:\n    - name: Customers\n      types: Shop.Domain.Customers.**\n    - name: Products\n      types: Shop.Domain.Products.**\n", text, StringComparison.Ordinal);
        // Product maps itself to a table ([Column]): the base library is allowed whole, as the domain uses it today.
        Assert.Contains("* `shop-domain-self-contained` (allow-only): the types in Shop.Domain use no other namespace of the solution, and outside it only System.**; covers 27 type(s), 0 violations today.\n", text, StringComparison.Ordinal);
        Assert.Contains("- id: shop-domain-self-contained\n  kind: allow-only\n  from: Shop.Domain.**\n  to: Shop.Domain.**\n  also-allow: [System.**]\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Impact_of_the_inferred_adr_reports_no_violation()
    {
        var impact = inferred.Clean.Run("impact", "ADR-0015", "--no-restore");

        Assert.True(impact.ExitCode == 0, impact.ToString());
        Assert.Equal("ADR-0015: Keep the structure Shop already has (proposed)", impact.StdoutLines[0]);
        Assert.Equal($"if accepted, its {Adr().Rules.Count} rule(s) would report 0 violation(s) today", impact.StdoutLines[1]);
        foreach (var (id, title) in new[] { ("ADR-0016", "Keep the names and places Shop's types already have"), ("ADR-0017", "Keep the shape Shop's types already have") })
        {
            var themed = inferred.Clean.Run("impact", id, "--no-restore");
            Assert.True(themed.ExitCode == 0, themed.ToString());
            Assert.Equal($"{id}: {title} (proposed)", themed.StdoutLines[0]);
            Assert.Matches(@"^if accepted, its [1-9]\d* rule\(s\) would report 0 violation\(s\) today$", themed.StdoutLines[1]);
        }

        Assert.Equal("next: review them, 'techlead impact ADR-0015' and 'techlead impact ADR-0016' and 'techlead impact ADR-0017' to see they flag nothing, then set status: accepted", inferred.Run.StdoutLines[^1]);
    }

    [Fact]
    public void Accepted_on_the_original_shop_it_catches_at_least_half_of_the_marked_violations_and_nothing_else()
    {
        var original = inferred.Original;
        foreach (var (path, text) in inferred.Inferred)
        {
            File.WriteAllText(Path.Combine(original.AdrDirectory, Path.GetFileName(path)), text.Replace("status: proposed\n", "status: accepted\n", StringComparison.Ordinal));
        }


        var check = original.Run("check", "--format", "json");

        Assert.True(check.ExitCode == 1, check.ToString());
        using var json = JsonDocument.Parse(check.Stdout);
        var flagged = json.RootElement.GetProperty("adrs").EnumerateArray()
            .SelectMany(a => a.GetProperty("violations").EnumerateArray())
            .Where(v => v.GetProperty("adr").GetString() is "ADR-0015" or "ADR-0016" or "ADR-0017")
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
        Assert.DoesNotContain(json.RootElement.GetProperty("adrs").EnumerateArray().SelectMany(a => a.GetProperty("violations").EnumerateArray()), v => v.GetProperty("adr").GetString() is not ("ADR-0015" or "ADR-0016" or "ADR-0017"));
        Assert.Empty(Markers(inferred.Clean));
    }

    [Fact]
    public void With_the_shops_decisions_accepted_it_proposes_none_of_their_rules_again_and_names_an_impact_that_works()
    {
        var again = inferred.Clean.Run("infer", "--out", "proposals/again.md", "--no-restore");

        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.StartsWith("created ADR-0018 (proposed) with ", again.StdoutLines[0], StringComparison.Ordinal);
        Assert.Contains("not proposed again: independent shop-application-independent is already enforced by accepted ADR-0005/application-slices-independent", again.StdoutLines);
        var text = File.ReadAllText(Path.Combine(inferred.Clean.Root, "proposals", "again.md"));
        Assert.DoesNotContain("shop-application-independent", text, StringComparison.Ordinal);
        Assert.Contains("- id: api-does-not-use-infrastructure\n", text, StringComparison.Ordinal);
        Assert.Equal("next: review it, 'techlead impact ADR-0018 --adr-dir proposals' to see it flags nothing, then set status: accepted", again.StdoutLines[^1]);

        var impact = inferred.Clean.Run("impact", "ADR-0018", "--adr-dir", "proposals", "--no-restore");

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
