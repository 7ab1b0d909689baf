using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using TechLead.Analyzers.Tests.Infrastructure;

namespace TechLead.Analyzers.Tests;

/// <summary>Help links (per ADR, same ID) and Diagnostic.Properties, which DiagnosticResult cannot assert.</summary>
public sealed class HelpLinkAndPropertyTests
{
    private const string Source = """
        namespace Shop.Infrastructure { public class Db { } }
        namespace Shop.Domain { public class Order { Shop.Infrastructure.Db db; } public class OrderRepo { } public class Value { public int X { get; set; } } }
        namespace Shop { public class C { System.DateTime Now() => System.DateTime.Now; } }
        """;

    private static readonly string Adr = Adrs.WithRules(
        """
          - id: domain-no-infra
            kind: forbid
            from: Shop.Domain.**
            to: Shop.Infrastructure.**
          - id: repo-suffix
            kind: naming
            types: Shop.Domain.*Repo
            pattern: '^.*Repository$'
          - id: immutable-values
            kind: modifiers
            types: Shop.Domain.Value
            immutable: true
          - id: no-clock
            kind: banned-api
            apis:
              - symbol: P:System.DateTime.Now
                use-instead: M:System.TimeProvider.GetUtcNow
        """);

    [Fact]
    public async Task Without_a_base_url_the_help_link_is_the_ADR_file_uri_with_the_rule_anchor()
    {
        var (diagnostics, exceptions) = await DirectRun.RunAsync(Source, [(Adrs.DefaultPath, Adr)]);

        Assert.Empty(exceptions);
        var forbid = Assert.Single(diagnostics, d => d.Id == "TL0002");
        Assert.Equal("file:///repo/docs/adr/0007-domain.md#domain-no-infra", forbid.Descriptor.HelpLinkUri);
        Assert.Equal(
            new Dictionary<string, string?>
            {
                ["adr"] = "ADR-0007",
                ["rule"] = "domain-no-infra",
                ["adrPath"] = Adrs.DefaultPath,
                ["owners"] = "@acme/orders,@acme/platform",
                ["baselineFrom"] = "T:Shop.Domain.Order",
                ["baselineTo"] = "T:Shop.Infrastructure.Db",
            },
            forbid.Properties.OrderBy(p => p.Key).ToDictionary());
    }

    [Fact]
    public async Task With_a_base_url_the_help_link_uses_the_path_relative_to_the_repository_root()
    {
        var (diagnostics, _) = await DirectRun.RunAsync(
            Source,
            [(Adrs.DefaultPath, Adr)],
            new Dictionary<string, string> { ["build_property.TechLeadAdrBaseUrl"] = "https://github.com/acme/shop/blob/main/", ["build_property.TechLeadRepositoryRoot"] = "/repo/" });

        Assert.Equal("https://github.com/acme/shop/blob/main/docs/adr/0007-domain.md#domain-no-infra", diagnostics.Single(d => d.Id == "TL0002").Descriptor.HelpLinkUri);
        Assert.Equal("https://github.com/acme/shop/blob/main/docs/adr/0007-domain.md#repo-suffix", diagnostics.Single(d => d.Id == "TL0201").Descriptor.HelpLinkUri);
    }

    [Fact]
    public async Task A_base_url_without_a_trailing_slash_and_a_path_with_spaces_give_the_same_link_as_every_engine()
    {
        var (diagnostics, _) = await DirectRun.RunAsync(
            Source,
            [("/my repo/docs/adr/0007 domain.md", Adr)],
            new Dictionary<string, string> { ["build_property.TechLeadAdrBaseUrl"] = "https://github.com/acme/shop/blob/main", ["build_property.TechLeadRepositoryRoot"] = "/my repo" });

        Assert.Equal("https://github.com/acme/shop/blob/main/docs/adr/0007%20domain.md#domain-no-infra", diagnostics.Single(d => d.Id == "TL0002").Descriptor.HelpLinkUri);
    }

    [Fact]
    public async Task Kind_specific_properties()
    {
        var (diagnostics, _) = await DirectRun.RunAsync(Source, [(Adrs.DefaultPath, Adr)]);

        var naming = diagnostics.Single(d => d.Id == "TL0201");
        Assert.Equal("^.*Repository$", naming.Properties["namingPattern"]);
        Assert.Equal(("T:Shop.Domain.OrderRepo", ""), (naming.Properties["baselineFrom"], naming.Properties["baselineTo"]));
        Assert.Equal("immutable", diagnostics.Single(d => d.Id == "TL0204").Properties["requirements"]);
        var banned = diagnostics.Single(d => d.Id == "TL0101");
        Assert.Equal("M:System.TimeProvider.GetUtcNow", banned.Properties["useInstead"]);
        Assert.Equal(("T:Shop.C", "P:System.DateTime.Now"), (banned.Properties["baselineFrom"], banned.Properties["baselineTo"]));
    }

    [Fact]
    public async Task Vocabulary_keys_a_method_by_its_spec_doc_comment_id_without_the_return_type()
    {
        const string source = "namespace Shop { public class C { public int FindBuyer(int id) => id; public static implicit operator int(C c) => 0; } }";
        var adr = Adrs.WithRules(
            """
              - id: say-customer
                kind: vocabulary
                terms:
                  - { use: Customer, instead-of: [Buyer] }
            """);

        var (diagnostics, _) = await DirectRun.RunAsync(source, [(Adrs.DefaultPath, adr)]);

        // Roslyn's CreateDeclarationId gives "M:Shop.C.FindBuyer(System.Int32)~System.Int32"; the C# spec (and the fitness engines) omit "~...".
        var vocabulary = diagnostics.Single(d => d.Id == "TL0206");
        Assert.Equal(("M:Shop.C.FindBuyer(System.Int32)", ""), (vocabulary.Properties["baselineFrom"], vocabulary.Properties["baselineTo"]));
    }
}
