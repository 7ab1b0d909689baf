using System.Collections.Generic;
using TechLead.Rules.Model;
using TechLead.Rules.Parsing;
using TechLead.Rules.Selectors;
using TechLead.Rules.Writing;

namespace TechLead.Rules.Tests.Writing;

/// <summary>The one selector writer: the key order of <see cref="SelectorKeys"/>, whatever order the conditions came in.</summary>
public sealed class SelectorDraftTests
{
    [Fact]
    public void A_subtree_is_a_plain_glob_until_something_is_left_out()
    {
        Assert.Equal("  types: Shop.Api.**\n", Field(SelectorDraft.Under("Shop.Api").ToYaml()));
        Assert.Equal("  types:\n    namespace: Shop.Api.**\n    except: Shop.Api.Program\n", Field(SelectorDraft.Under("Shop.Api").ToYaml(["Shop.Api.Program"])));
    }

    [Fact]
    public void Conditions_are_written_in_the_one_key_order()
    {
        var draft = SelectorDraft.Where(("implements", "Shop.IRepository"), ("kind", "class"), ("name", "*Repository"));

        Assert.Equal("  types:\n    name: \"*Repository\"\n    kind: class\n    implements: Shop.IRepository\n", Field(draft.ToYaml()));
    }

    [Fact]
    public void Left_out_types_are_sorted_and_one_is_written_without_a_list()
    {
        var draft = SelectorDraft.Where(("namespace", "Shop.Domain.**"));

        Assert.Equal("  types:\n    namespace: Shop.Domain.**\n    except: [Shop.Domain.B, Shop.Domain.a]\n", Field(draft.ToYaml(["Shop.Domain.a", "Shop.Domain.B"])));
    }

    [Fact]
    public void Only_exclusions_select_every_type_by_name_first()
    {
        var draft = SelectorDraft.Where(new List<KeyValuePair<string, string>>());

        Assert.Equal("  types:\n    name: \"*\"\n    except:\n      kind: interface\n", Field(draft.ToYaml([SelectorDraft.One("kind", "interface")])));
        Assert.Equal(
            "  types:\n    name: \"*\"\n    except:\n      - kind: interface\n      - kind: enum\n",
            Field(draft.ToYaml([SelectorDraft.One("kind", "interface"), SelectorDraft.One("kind", "enum")])));
    }

    [Fact]
    public void An_unknown_condition_is_refused()
    {
        Assert.Throws<System.ArgumentException>(() => SelectorDraft.Where(("color", "blue")));
        Assert.Throws<System.ArgumentException>(() => SelectorDraft.Where(("except", "Shop.X")));
    }

    [Fact]
    public void What_the_writer_writes_the_parser_reads_back_with_the_same_yaml()
    {
        var draft = SelectorDraft.Where(("visibility", "public"), ("kind", "class"), ("namespace", "Shop.Domain.**"));
        var adr = new AdrDraft("ADR-0001", "Sealed domain", "accepted", "2026-12-01");
        adr.Rules.Add(new RuleDraft("sealed", "modifiers").With("types", draft.ToYaml()).With("sealed", "true"));

        var result = AdrParser.Parse("docs/adr/0001-sealed.md", AdrDraftWriter.Render(adr));

        Assert.Empty(result.Diagnostics);
        var rule = Assert.IsType<ModifiersRule>(Assert.Single(result.Document!.Rules));
        Assert.Equal("{ namespace: Shop.Domain.**, kind: class, visibility: public }", rule.Types.Yaml);
    }

    [Fact]
    public void Regex_and_modifier_keys_are_written_in_the_spec_order_and_read_back_unchanged()
    {
        var draft = SelectorDraft.Where(
            ("full-name-matches", "^Shop\\.(Api|App)\\."),
            ("static", "false"),
            ("name-matches", "[A-Z]\\w+Handler$"),
            ("namespace-matches", "\\.Orders(\\.|$)"),
            ("abstract", "false"),
            ("sealed", "true"),
            ("name", "*Handler"));
        var adr = new AdrDraft("ADR-0001", "Sealed handlers", "accepted", "2026-12-01");
        adr.Rules.Add(new RuleDraft("sealed", "modifiers").With("types", draft.ToYaml()).With("visibility", "internal"));

        var result = AdrParser.Parse("docs/adr/0001-sealed.md", AdrDraftWriter.Render(adr));

        Assert.Equal(
            "  types:\n    name: \"*Handler\"\n    abstract: false\n    sealed: true\n    static: false\n    name-matches: \"[A-Z]\\\\w+Handler$\"\n    namespace-matches: \\.Orders(\\.|$)\n    full-name-matches: ^Shop\\.(Api|App)\\.\n",
            Field(draft.ToYaml()));
        Assert.Empty(result.Diagnostics);
        var rule = Assert.IsType<ModifiersRule>(Assert.Single(result.Document!.Rules));
        Assert.Equal("{ name: \"*Handler\", abstract: false, sealed: true, static: false, name-matches: \"[A-Z]\\\\w+Handler$\", namespace-matches: \\.Orders(\\.|$), full-name-matches: ^Shop\\.(Api|App)\\. }", rule.Types.Yaml);
    }

    private static string Field(YamlDraftNode node)
    {
        var block = AdrDraftWriter.RenderRuleBlock([new RuleDraft("r", "naming").With("types", node)]);
        var start = block.IndexOf("  types:", System.StringComparison.Ordinal);
        var end = block.IndexOf("```\n", start, System.StringComparison.Ordinal);
        return block.Substring(start, end - start);
    }
}
