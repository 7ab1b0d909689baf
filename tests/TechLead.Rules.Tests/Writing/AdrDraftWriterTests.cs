using System.Collections.Generic;
using System.Linq;
using TechLead.Rules.Model;
using TechLead.Rules.Parsing;
using TechLead.Rules.Writing;

namespace TechLead.Rules.Tests.Writing;

/// <summary>What tools write, the parser reads back: same rules, no TL9xxx, and the text a reviewer expects.</summary>
public sealed class AdrDraftWriterTests
{
    private static AdrDraft Draft()
    {
        var draft = new AdrDraft("ADR-0042", "Layers that already hold: Api → Application → Domain", "proposed", "2026-12-01");
        draft.DecisionMakers.Add("techlead infer");
        draft.Sections.Add(new KeyValuePair<string, string>("Context and Problem Statement", "Found by `techlead infer` on Shop.sln.\n"));
        draft.Sections.Add(new KeyValuePair<string, string>("Not imported", "- `tests/Arch.cs:12`: custom predicate"));
        draft.Rules.Add(new RuleDraft("layers-hold", "layers")
            .With("layers", new YamlDraftSequence(
            [
                Group("Api", "Shop.Api.**"),
                Group("Domain", "Shop.Domain.**"),
            ])));
        draft.Rules.Add(new RuleDraft("domain-no-ef", "forbid") { Because = "the domain: persistence-ignorant #1" }
            .With("from", "Shop.Domain.**")
            .With("to", new YamlDraftSequence(["Microsoft.EntityFrameworkCore.**", "**.*Repository"])));
        draft.Rules.Add(new RuleDraft("repositories-named", "naming") { Severity = "warning" }
            .With("types", new YamlDraftMapping([new("namespace", "Shop.Infrastructure.**"), new("kind", "class")]))
            .With("pattern", "^[A-Z].*Repository$"));
        draft.Rules.Add(new RuleDraft("no-clock", "banned-api")
            .With("apis", new YamlDraftSequence([new YamlDraftMapping([new("symbol", "P:System.DateTime.Now"), new("use-instead", "M:System.TimeProvider.GetUtcNow")])])));
        return draft;
    }

    private static YamlDraftMapping Group(string name, string types) => new([new("name", name), new("types", types)]);

    [Fact]
    public void The_parser_reads_back_every_rule_without_a_problem()
    {
        var result = AdrParser.Parse("docs/adr/0042-layers.md", AdrDraftWriter.Render(Draft()));

        Assert.Empty(result.Diagnostics);
        var document = Assert.IsType<AdrDocument>(result.Document);
        Assert.Equal("ADR-0042", document.Id);
        Assert.Equal("Layers that already hold: Api → Application → Domain", document.Title);
        Assert.Equal(AdrStatus.Proposed, document.Status);
        Assert.Equal(["layers-hold", "domain-no-ef", "repositories-named", "no-clock"], document.Rules.Select(rule => rule.Id));

        var layers = Assert.IsType<LayersRule>(document.Rules[0]);
        Assert.Equal(["Api", "Domain"], layers.Layers.Select(layer => layer.Name));
        Assert.Equal("Shop.Domain.**", layers.Layers[1].Types.Text);
        var forbid = Assert.IsType<ForbidRule>(document.Rules[1]);
        Assert.Equal("the domain: persistence-ignorant #1", forbid.Because);
        Assert.Equal(RuleSeverity.Warning, document.Rules[2].DeclaredSeverity);
        var ban = Assert.IsType<BannedApiRule>(document.Rules[3]);
        Assert.Equal("M:System.TimeProvider.GetUtcNow", Assert.Single(ban.Apis).UseInstead);
    }

    [Fact]
    public void Rules_are_written_as_a_techlead_block_under_confirmation_after_the_given_sections()
    {
        var text = AdrDraftWriter.Render(Draft());

        Assert.StartsWith(
            "---\nid: ADR-0042\ntitle: \"Layers that already hold: Api → Application → Domain\"\nstatus: proposed\ndate: 2026-12-01\ndecision-makers: [techlead infer]\n---\n# Layers that already hold: Api → Application → Domain\n\n## Context and Problem Statement\n\nFound by `techlead infer` on Shop.sln.\n\n## Not imported\n\n- `tests/Arch.cs:12`: custom predicate\n\n## Confirmation\n\n```techlead\n- id: layers-hold\n  kind: layers\n  layers:\n    - name: Api\n      types: Shop.Api.**\n    - name: Domain\n      types: Shop.Domain.**\n- id: domain-no-ef\n  kind: forbid\n  from: Shop.Domain.**\n  to: [Microsoft.EntityFrameworkCore.**, \"**.*Repository\"]\n  because: \"the domain: persistence-ignorant #1\"\n",
            text);
        Assert.EndsWith("```\n", text);
    }

    [Fact]
    public void A_newline_in_a_tool_made_value_does_not_end_the_scalar()
    {
        var draft = new AdrDraft("ADR-0001", "Two\nlines", "accepted", "2026-12-01");
        draft.Rules.Add(new RuleDraft("r", "forbid") { Because = "first\nsecond" }.With("from", "A.**").With("to", "B.**"));

        var result = AdrParser.Parse("docs/adr/0001-x.md", AdrDraftWriter.Render(draft));

        Assert.Empty(result.Diagnostics);
        Assert.Equal("Two lines", result.Document!.Title);
        Assert.Equal("first second", result.Document.Rules.Single().Because);
    }

    [Fact]
    public void A_decision_without_rules_names_its_category_and_how_people_confirm_it()
    {
        var draft = new AdrDraft("ADR-0001", "Record architecture decisions", "accepted", "2026-12-01") { Category = "two-way-door", ManualEnforcement = "reviewers ask for an ADR" };
        draft.Sections.Add(new KeyValuePair<string, string>("Confirmation", "Reviewed in pull requests."));

        var text = AdrDraftWriter.Render(draft);
        var result = AdrParser.Parse("docs/adr/0001-record-architecture-decisions.md", text);

        Assert.Equal(
            "---\nid: ADR-0001\ntitle: Record architecture decisions\nstatus: accepted\ndate: 2026-12-01\ndecision-makers: []\ncategory: two-way-door\nenforcement: \"manual: reviewers ask for an ADR\"\n---\n# Record architecture decisions\n\n## Confirmation\n\nReviewed in pull requests.\n",
            text);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(AdrCategory.TwoWayDoor, result.Document!.FrontMatter.Category);
        Assert.Equal("reviewers ask for an ADR", result.Document.FrontMatter.ManualEnforcement);
        Assert.False(result.Document.IsUnenforced);
    }

    [Theory]
    [InlineData("Domain_Should_Not_DependOn_EFCore", "domain-should-not-depend-on-ef-core")]
    [InlineData("ControllersShouldBeSealed", "controllers-should-be-sealed")]
    [InlineData("V2ApiTests", "v2-api-tests")]
    [InlineData("__", "rule")]
    [InlineData("Ärger", "rger")]
    public void Rule_ids_come_from_names_people_wrote(string text, string id) => Assert.Equal(id, RuleIds.FromText(text));
}
