using System.Linq;
using TechLead.Cli.Importing;
using TechLead.Cli.Importing.NsDepCop;
using TechLead.Cli.Tests.Support;
using TechLead.Rules.Writing;

namespace TechLead.Cli.Tests.Importing;

public sealed class NsDepCopImporterTests
{
    [Fact]
    public void Disallowed_entries_are_forbid_rules_and_nested_allow_lists_are_allow_only_rules_per_From()
    {
        var decision = Import("""
            <NsDepCopConfig ChildCanDependOnParentImplicitly="true">
                <Allowed From="Shop.*" To="System.*" />
                <Allowed From="Shop.*" To="Shop.*" />
                <Allowed From="Shop.Orders.Domain" To="Shop.SharedKernel" />
                <Disallowed From="Shop.Orders.*" To="Shop.Billing.*" />
            </NsDepCopConfig>
            """, out var project);

        var uncovered = Assert.Single(decision.NotImported);
        Assert.Equal(("Shop.Orders/config.nsdepcop:1", "<NsDepCopConfig>"), (uncovered.Location, uncovered.Quote));
        Assert.StartsWith("namespaces that no Allowed From matches may use only themselves in NsDepCop", uncovered.Reason, System.StringComparison.Ordinal);
        Assert.Equal($"""
            ```techlead
            - id: allowed-from-shop-all
              kind: allow-only
              severity: warning
              from:
                namespace: Shop.**
                assembly: Shop.Orders
                except:
                  namespace: Shop.Orders.Domain
              to:
                - namespace: System.**
                - namespace: Shop.**
              also-allow:
                namespace: Shop.**
                assembly: Shop.Orders
                except:
                  namespace: Shop.Orders.Domain
              because: "NsDepCop: Allowed From=\"Shop.*\" To=\"System.*\", \"Shop.*\""
            - id: allowed-from-shop-orders-domain
              kind: allow-only
              severity: warning
              from:
                namespace: Shop.Orders.Domain
                assembly: Shop.Orders
              to:
                - namespace: System.**
                - namespace: Shop.**
                - namespace: Shop.SharedKernel
                - namespace: Shop.Orders.Domain
                - namespace: Shop.Orders
                - namespace: Shop
              also-allow:
                namespace: Shop.Orders.Domain
                assembly: Shop.Orders
              because: "NsDepCop: Allowed From=\"Shop.Orders.Domain\" To=\"System.*\", \"Shop.*\", \"Shop.SharedKernel\""
            - id: disallowed-shop-orders-all-to-shop-billing-all
              kind: forbid
              severity: warning
              from:
                namespace: Shop.Orders.**
                assembly: Shop.Orders
              to:
                namespace: Shop.Billing.**
              because: "NsDepCop: Disallowed From=\"Shop.Orders.*\" To=\"Shop.Billing.*\""
            ```

            """.ReplaceLineEndings("\n"), AdrDraftWriter.RenderRuleBlock(decision.Rules.OrderBy(r => r.Id, System.StringComparer.Ordinal)));
        Assert.Equal("nsdepcop:Shop.Orders/config.nsdepcop", decision.Key);
        Assert.NotNull(project);
    }

    [Fact]
    public void A_wildcard_From_whose_allow_list_does_not_contain_it_is_not_imported_because_allow_only_lets_from_use_itself()
    {
        var decision = Import("""
            <NsDepCopConfig>
                <Allowed From="*" To="System.*" />
                <Allowed From="Shop.Api" To="Shop.Application" />
            </NsDepCopConfig>
            """, out _);

        var rule = Assert.Single(decision.Rules);
        Assert.Equal("allowed-from-shop-api", rule.Id);
        var item = Assert.Single(decision.NotImported);
        Assert.Equal(("Shop.Orders/config.nsdepcop:2", "<Allowed From=\"*\" To=\"System.*\" />"), (item.Location, item.Quote));
        Assert.StartsWith("allow-only lets the types of 'from' use each other, but NsDepCop lets a namespace use only itself", item.Reason, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<Allowed From=\"/Shop\\..*/\" To=\"System.*\" />", "From: '/Shop\\..*/' is a regular expression")]
    [InlineData("<Allowed From=\"[Module].Api\" To=\"[Module].Domain\" />", "From: '[Module].Api' uses placeholders")]
    [InlineData("<Allowed From=\"Shop.Api\" To=\".\" />", "To: '.' is the global namespace")]
    [InlineData("<Allowed From=\"Shop.Api\" To=\"Unity\"><VisibleMembers><Type Name=\"Vector2\" /></VisibleMembers></Allowed>", "its VisibleMembers limit the allowed types")]
    [InlineData("<AllowedAssembly From=\"*\" To=\"*\" />", "NsDepCop checks assembly references here")]
    [InlineData("<Disallowed From=\"Shop.Orders.Domain\" To=\"Shop.Orders.*\" />", "every namespace of From is inside To")]
    [InlineData("<Rule />", "<Rule> is not an NsDepCop rule element")]
    public void Entries_without_an_exact_TechLead_form_are_listed_with_the_reason(string entry, string reason)
    {
        var decision = Import($"<NsDepCopConfig>\n  {entry}\n</NsDepCopConfig>", out _);

        Assert.Empty(decision.Rules);
        var item = Assert.Single(decision.NotImported, i => i.Location == "Shop.Orders/config.nsdepcop:2");
        Assert.StartsWith(reason, item.Reason, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_Disallowed_whose_From_overlaps_its_To_leaves_out_the_shared_part_and_says_so()
    {
        var decision = Import("<NsDepCopConfig>\n  <Disallowed From=\"*\" To=\"Shop.Infrastructure.*\" />\n</NsDepCopConfig>", out _);

        var rule = Assert.Single(decision.Rules);
        Assert.Equal("""
            ```techlead
            - id: disallowed-any-to-shop-infrastructure-all
              kind: forbid
              severity: warning
              from:
                assembly: Shop.Orders
                except:
                  namespace: Shop.Infrastructure.**
              to:
                namespace: Shop.Infrastructure.**
              because: "NsDepCop: Disallowed From=\"*\" To=\"Shop.Infrastructure.*\""
            ```

            """.ReplaceLineEndings("\n"), AdrDraftWriter.RenderRuleBlock([rule]));
        Assert.StartsWith("only partly: uses from namespaces inside both From and To are not checked", Assert.Single(decision.NotImported).Reason, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Overlapping_From_patterns_that_do_not_nest_leave_the_whole_allow_list_out()
    {
        var decision = Import("""
            <NsDepCopConfig>
                <Allowed From="Shop.?.Api" To="Shop.*" />
                <Allowed From="Shop.Orders.*" To="Shop.*" />
            </NsDepCopConfig>
            """, out _);

        Assert.Empty(decision.Rules);
        Assert.Equal(2, decision.NotImported.Count);
        Assert.All(decision.NotImported, i => Assert.StartsWith("the From patterns 'Shop.?.Api' and 'Shop.Orders.*' overlap", i.Reason, System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_disabled_config_imports_nothing_and_an_inheriting_one_merges_its_parents_entries()
    {
        var disabled = Import("<NsDepCopConfig IsEnabled=\"false\">\n  <Disallowed From=\"A\" To=\"B\" />\n</NsDepCopConfig>", out _);
        Assert.Empty(disabled.Rules);
        Assert.StartsWith("IsEnabled=\"false\": NsDepCop does not check this project", Assert.Single(disabled.NotImported).Reason, System.StringComparison.Ordinal);

        using var repo = new TempRepo();
        var master = repo.Write("config.nsdepcop", "<NsDepCopConfig ChildCanDependOnParentImplicitly=\"true\">\n  <Allowed From=\"Shop.*\" To=\"System.*\" />\n  <Disallowed From=\"Shop.*\" To=\"Legacy.*\" />\n</NsDepCopConfig>");
        var file = repo.Write("src/Shop.Orders/config.nsdepcop", "<NsDepCopConfig InheritanceDepth=\"2\">\n  <Allowed From=\"Shop.Orders.Api\" To=\"Shop.Orders.Domain\" />\n</NsDepCopConfig>");
        var project = repo.Write("src/Shop.Orders/Shop.Orders.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        var code = repo.Write("src/Shop.Orders/Api.cs", "namespace Shop.Orders.Api;\npublic sealed class Endpoint { }\n");

        var decision = Assert.Single(new NsDepCopImporter().Import(new ImportScope(repo.Root, [master, code, file, project])));

        Assert.Equal("nsdepcop:src/Shop.Orders/config.nsdepcop", decision.Key);
        Assert.Equal("""
            ```techlead
            - id: disallowed-shop-all-to-legacy-all
              kind: forbid
              severity: warning
              from:
                namespace: Shop.**
                assembly: Shop.Orders
              to:
                namespace: Legacy.**
              because: "NsDepCop: Disallowed From=\"Shop.*\" To=\"Legacy.*\""
            - id: allowed-from-shop-orders-api
              kind: allow-only
              severity: warning
              from:
                namespace: Shop.Orders.Api
                assembly: Shop.Orders
              to:
                - namespace: Shop.Orders.Domain
                - namespace: System.**
                - namespace: Shop.Orders.Api
                - namespace: Shop.Orders
                - namespace: Shop
              also-allow:
                namespace: Shop.Orders.Api
                assembly: Shop.Orders
              because: "NsDepCop: Shop.Orders.Api may use \"Shop.Orders.Domain\", \"System.*\""
            ```

            """.ReplaceLineEndings("\n"), AdrDraftWriter.RenderRuleBlock(decision.Rules));
        var note = Assert.Single(decision.NotImported);
        Assert.Equal("src/Shop.Orders/config.nsdepcop:1", note.Location);
        Assert.StartsWith("NsDepCop's patterns also cover namespaces added later; the ADR has the allow-list of each namespace the project declares today (1 of 1 namespaces translated;", note.Reason, System.StringComparison.Ordinal);
    }

    [Fact]
    public void With_the_projects_namespaces_From_star_becomes_an_exact_rule_per_namespace_and_a_global_From_stands_alone()
    {
        using var repo = new TempRepo();
        var file = repo.Write("Shop/config.nsdepcop", """
            <NsDepCopConfig>
                <Allowed From="*" To="System.*" />
                <Allowed From="?.Api" To="Shop.Application" />
                <Allowed From="&lt;global namespace&gt;" To="Shop.*" />
            </NsDepCopConfig>
            """);
        var project = repo.Write("Shop/Shop.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        var api = repo.Write("Shop/Api/Endpoints.cs", "namespace Shop.Api\n{\n    public sealed class Endpoints { }\n}\n");
        var application = repo.Write("Shop/Application/Handler.cs", "namespace Shop.Application;\n\npublic sealed class Handler { }\n");

        var decision = Assert.Single(new NsDepCopImporter().Import(new ImportScope(repo.Root, [api, application, file, project])));

        Assert.Equal(["allowed-from-shop-api", "allowed-from-shop-application"], decision.Rules.Select(r => r.Id));
        var rendered = AdrDraftWriter.RenderRuleBlock(decision.Rules);
        Assert.Contains("  from:\n    namespace: Shop.Api\n    assembly: Shop\n  to:\n    - namespace: System.**\n    - namespace: Shop.Application\n    - namespace: Shop.Api\n", rendered, System.StringComparison.Ordinal);
        Assert.Contains("  from:\n    namespace: Shop.Application\n    assembly: Shop\n  to:\n    - namespace: System.**\n    - namespace: Shop.Application\n  also-allow:", rendered, System.StringComparison.Ordinal);
        Assert.Equal(["Shop/config.nsdepcop:4", "Shop/config.nsdepcop:1"], decision.NotImported.Select(i => i.Location));
        Assert.StartsWith("From is the global namespace, which a TechLead selector cannot name", decision.NotImported[0].Reason, System.StringComparison.Ordinal);
        Assert.Contains("(2 of 2 namespaces translated;", decision.NotImported[1].Reason, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("this is not xml", "Shop.Orders/config.nsdepcop:1", "not well-formed XML, so NsDepCop cannot read it either")]
    [InlineData("<Config><Allowed From=\"A\" To=\"B\" /></Config>", "Shop.Orders/config.nsdepcop:1", "the root element is not <NsDepCopConfig>")]
    public void A_file_NsDepCop_cannot_read_is_one_not_imported_item(string text, string location, string reason)
    {
        var decision = Import(text, out _);

        Assert.Empty(decision.Rules);
        var item = Assert.Single(decision.NotImported);
        Assert.Equal(location, item.Location);
        Assert.StartsWith(reason, item.Reason, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Shop.*", "Shop.Orders.Domain", true, true)]
    [InlineData("Shop.*", "Shop", true, true)]
    [InlineData("Shop.?", "Shop", false, false)]
    [InlineData("*", "Shop.?", true, true)]
    [InlineData("Shop.Orders", "Shop.*", true, false)]
    [InlineData("Shop.*.Api", "Shop.Orders.*", true, false)]
    [InlineData("Shop.Billing.*", "Shop.Orders.*", false, false)]
    public void Patterns_intersect_and_contain_as_NsDepCop_matches_them(string a, string b, bool intersects, bool contains)
    {
        var first = NamespacePattern.Parse(a, out _)!;
        var second = NamespacePattern.Parse(b, out _)!;

        Assert.Equal(intersects, first.Intersects(second));
        Assert.Equal(intersects, second.Intersects(first));
        Assert.Equal(contains, first.Contains(second));
    }

    private static ImportedDecision Import(string config, out string? project)
    {
        using var repo = new TempRepo();
        var file = repo.Write("Shop.Orders/config.nsdepcop", config);
        project = repo.Write("Shop.Orders/Shop.Orders.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        return Assert.Single(new NsDepCopImporter().Import(new ImportScope(repo.Root, [file, project])));
    }
}
