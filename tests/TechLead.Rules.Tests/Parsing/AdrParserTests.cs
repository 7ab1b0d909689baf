using System.Linq;
using TechLead.Rules.Model;
using TechLead.Rules.Tests.Support;

namespace TechLead.Rules.Tests.Parsing;

public sealed class AdrParserTests
{
    private const string Madr = """
        ---
        id: ADR-0007
        status: accepted
        date: 2026-03-14
        deciders: [Ana Ruiz, Tom Lee]
        consulted: [Platform team]
        informed: [All backend]
        owners: ["@acme/orders"]
        category: two-way-door
        tags: [layering]
        rules:
          - id: no-ef-in-domain
            kind: forbid
            from: Shop.Domain.**
            to: Microsoft.EntityFrameworkCore.**
        ---
        # Domain stays persistence-ignorant

        ## Context and Problem Statement
        ```csharp
        // not rules: another language's block
        ```

        ## Confirmation
        ```techlead
        - id: no-infra-in-domain
          kind: forbid
          from: Shop.Domain.**
          to: Shop.Infrastructure.**
          because: the model must not know about storage
        ```
        """;

    [Fact]
    public void Reads_front_matter_with_madr4_names_and_aliases()
    {
        var document = Adr.Parse(Madr).Document!;
        var front = document.FrontMatter;
        Assert.Equal("ADR-0007", front.Id);
        Assert.Equal("Domain stays persistence-ignorant", front.Title);
        Assert.Equal(AdrStatus.Accepted, front.Status);
        Assert.Equal("2026-03-14", front.Date);
        Assert.Equal(["Ana Ruiz", "Tom Lee"], front.DecisionMakers);
        Assert.Equal(["Platform team"], front.Consulted);
        Assert.Equal(["All backend"], front.Informed);
        Assert.Equal(["@acme/orders"], front.Owners);
        Assert.Equal(AdrCategory.TwoWayDoor, front.Category);
        Assert.Equal(["layering"], front.Tags);
    }

    [Fact]
    public void Concatenates_front_matter_rules_and_techlead_blocks_in_file_order()
    {
        var result = Adr.Parse(Madr);
        Assert.Empty(result.Diagnostics);
        var rules = result.Document!.Rules;
        Assert.Equal(["ADR-0007/no-ef-in-domain", "ADR-0007/no-infra-in-domain"], rules.Select(r => r.QualifiedId));
        Assert.Equal("the model must not know about storage", rules[1].Reason);
        Assert.Equal("Domain stays persistence-ignorant", rules[0].Reason);
    }

    [Fact]
    public void Rule_spans_point_at_the_id_in_the_markdown_file()
    {
        var rules = Adr.Parse(Madr).Document!.Rules;
        Assert.Equal((11, 8), (rules[0].Span.StartLine, rules[0].Span.StartColumn));
        Assert.Equal((25, 6), (rules[1].Span.StartLine, rules[1].Span.StartColumn));
        Assert.Equal("no-infra-in-domain", Madr.Substring(rules[1].Span.Start, rules[1].Span.Length));
    }

    [Fact]
    public void Crlf_files_map_to_the_same_lines_and_columns()
    {
        var crlf = Madr.Replace("\n", "\r\n", System.StringComparison.Ordinal);
        var rule = Adr.Parse(crlf).Document!.Rules[1];
        Assert.Equal((25, 6), (rule.Span.StartLine, rule.Span.StartColumn));
        Assert.Equal("no-infra-in-domain", crlf.Substring(rule.Span.Start, rule.Span.Length));
    }

    [Fact]
    public void Prose_only_adr_is_listed_without_errors()
    {
        var result = Adr.Parse("# Use PostgreSQL\n\nWe use PostgreSQL.\n", "docs/adr/0003-use-postgresql.md");
        Assert.Empty(result.Diagnostics);
        Assert.Equal("ADR-0003", result.Document!.Id);
        Assert.Equal("Use PostgreSQL", result.Document.Title);
        Assert.False(result.Document.HasRulesSection);
    }

    [Theory]
    [InlineData("docs/adr/README.md")]
    [InlineData("docs/adr/index.md")]
    [InlineData("docs/adr/Readme.MD")]
    public void An_index_page_without_front_matter_or_rules_is_not_an_adr(string path)
    {
        var result = Adr.Parse("# Architecture decision records\n\n| ADR | Title |\n|---|---|\n| [ADR-0001](0001-x.md) | X |\n", path);
        Assert.Empty(result.Diagnostics);
        Assert.Null(result.Document);
        var set = AdrSet.Load([new AdrSourceFile(path, "# Architecture decision records\n")]);
        Assert.Empty(set.Documents);
        Assert.Empty(set.Unreadable);
    }

    [Theory]
    [InlineData("---\nid: ADR-0009\nstatus: accepted\n---\n# Index\n", "ADR-0009")]
    [InlineData("# Index\n\n```techlead\n- id: r\n  kind: forbid\n  from: A.**\n  to: B.**\n```\n", "README")]
    public void A_readme_with_front_matter_or_rules_is_an_adr(string text, string id)
    {
        var result = Adr.Parse(text, "docs/adr/README.md");
        Assert.Equal(id, result.Document!.Id);
    }

    [Fact]
    public void Front_matter_without_rules_is_prose_only()
    {
        var result = Adr.Parse("---\nid: ADR-0004\nstatus: accepted\n---\n# Keep a changelog\n", "docs/adr/0004-changelog.md");
        Assert.Empty(result.Diagnostics);
        Assert.True(result.Document!.IsUnenforced);
        Assert.Equal("Keep a changelog", result.Document.Title);
    }

    [Fact]
    public void Manual_enforcement_is_not_unenforced()
    {
        var document = Adr.Parse("---\nid: ADR-0004\nstatus: accepted\nenforcement: \"manual: checked in design review\"\n---\n").Document!;
        Assert.Equal("checked in design review", document.FrontMatter.ManualEnforcement);
        Assert.False(document.IsUnenforced);
    }

    [Theory]
    [InlineData(AdrStatus.Accepted, null, RuleSeverity.Error)]
    [InlineData(AdrStatus.Accepted, RuleSeverity.Warning, RuleSeverity.Warning)]
    [InlineData(AdrStatus.Proposed, RuleSeverity.Error, RuleSeverity.Info)]
    [InlineData(AdrStatus.Proposed, null, RuleSeverity.Info)]
    [InlineData(AdrStatus.Deprecated, RuleSeverity.Error, RuleSeverity.None)]
    [InlineData(AdrStatus.Rejected, null, RuleSeverity.None)]
    [InlineData(AdrStatus.Superseded, RuleSeverity.Error, RuleSeverity.None)]
    public void Status_drives_effective_severity(AdrStatus status, RuleSeverity? declared, RuleSeverity expected) =>
        Assert.Equal(expected, LifecycleSeverity.Effective(status, declared));

    [Fact]
    public void Every_kind_parses_into_its_model()
    {
        const string Rules = """
              - { id: a, kind: layers, layers: [{ name: Api, types: Shop.Api.** }, { name: Domain, types: Shop.Domain.** }], mode: strict }
              - { id: b, kind: forbid, from: Shop.Domain.**, to: Shop.Api.** }
              - { id: c, kind: allow-only, from: Shop.Domain.**, to: Shop.Kernel.** }
              - { id: d, kind: independent, modules: [{ name: A, types: Shop.A.** }, { name: B, types: Shop.B.** }] }
              - { id: e, kind: acyclic, slices: "Shop.Modules.{slice}.**" }
              - { id: f, kind: banned-api, apis: [{ symbol: "P:System.DateTime.Now", use-instead: "P:System.DateTime.UtcNow" }], in: Shop.Domain.** }
              - { id: g, kind: naming, types: "**.*Repository", pattern: "^[A-Z]" }
              - { id: h, kind: must-inherit, types: "**.*Controller", type: Shop.Api.ControllerBase }
              - { id: i, kind: must-implement, types: Shop.Domain.*, type: Shop.Domain.IEntity }
              - { id: j, kind: attributes, types: Shop.Api.**, forbid: [System.ObsoleteAttribute] }
              - { id: k, kind: modifiers, types: Shop.Domain.*, sealed: true }
              - { id: l, kind: placement, types: "**.*Repository", namespace: Shop.Infrastructure.** }
              - { id: m, kind: vocabulary, terms: [{ use: Customer, instead-of: [Client] }] }

            """;
        var result = Adr.Parse(Adr.WithRules(Rules));
        Assert.Empty(result.Diagnostics);
        Assert.Equal(
            [RuleKind.Layers, RuleKind.Forbid, RuleKind.AllowOnly, RuleKind.Independent, RuleKind.Acyclic, RuleKind.BannedApi, RuleKind.Naming,
             RuleKind.MustInherit, RuleKind.MustImplement, RuleKind.Attributes, RuleKind.Modifiers, RuleKind.Placement, RuleKind.Vocabulary],
            result.Document!.Rules.Select(r => r.Kind));
        var banned = Assert.IsType<BannedApiRule>(result.Document.Rules[5]);
        Assert.Equal("P:System.DateTime.UtcNow", banned.Apis[0].UseInstead);
        Assert.True(Assert.IsType<LayersRule>(result.Document.Rules[0]).Strict);
        Assert.Equal(
            ["TL0001", "TL0002", "TL0003", "TL0004", "TL0005", "TL0101", "TL0201", "TL0202", "TL0202", "TL0203", "TL0204", "TL0205", "TL0206"],
            result.Document.Rules.Select(r => r.DiagnosticId));
    }

    [Fact]
    public void Examples_are_kept_for_the_self_test()
    {
        var rule = Adr.SingleRule<ForbidRule>("  - id: r\n    kind: forbid\n    from: A.**\n    to: B.**\n    examples:\n      violating: 'namespace A { class X { B.Y y; } }'\n      compliant: 'namespace A { class X { } }'\n");
        Assert.Equal("namespace A { class X { B.Y y; } }", rule.Examples!.Violating);
        Assert.Equal("namespace A { class X { } }", rule.Examples.Compliant);
    }
}
