using System.Linq;
using TechLead.Cli.Inferring;
using TechLead.Rules;

namespace TechLead.Cli.Tests.Inferring;

/// <summary>infer's "already accepted" test (rules/0033): the same kind and fields, whatever the id, severity or reason.</summary>
public sealed class RuleMeaningTests
{
    private static string MeaningOf(string rule) =>
        RuleMeaning.Of(AdrSet.Load([new AdrSourceFile("/adr/0001-x.md", "---\nid: ADR-0001\ntitle: X\nstatus: accepted\nrules:\n" + rule + "---\n# X\n")]).Rules.Single());

    [Fact]
    public void Id_severity_and_because_do_not_change_the_meaning()
    {
        Assert.Equal(
            MeaningOf("  - id: a\n    kind: forbid\n    from: Acme.Domain.**\n    to: Acme.Infrastructure.**\n"),
            MeaningOf("  - id: b\n    kind: forbid\n    severity: warning\n    because: it must stay portable\n    from: \"Acme.Domain.**\"\n    to: Acme.Infrastructure.**\n"));
    }

    [Theory]
    [InlineData("  - id: a\n    kind: forbid\n    from: Acme.Domain.**\n    to: Acme.Web.**\n")]
    [InlineData("  - id: a\n    kind: allow-only\n    from: Acme.Domain.**\n    to: Acme.Infrastructure.**\n")]
    [InlineData("  - id: a\n    kind: forbid\n    from: { namespace: Acme.Domain.**, except: Acme.Domain.Legacy }\n    to: Acme.Infrastructure.**\n")]
    public void Another_kind_or_selector_is_another_meaning(string other)
    {
        Assert.NotEqual(MeaningOf("  - id: a\n    kind: forbid\n    from: Acme.Domain.**\n    to: Acme.Infrastructure.**\n"), MeaningOf(other));
    }

    [Fact]
    public void Regex_and_modifier_keys_are_part_of_the_meaning_whatever_their_order()
    {
        const string Sealed = "  - id: a\n    kind: modifiers\n    types: { name-matches: 'Handler$', abstract: false }\n    sealed: true\n";

        Assert.Equal(MeaningOf(Sealed), MeaningOf("  - id: b\n    kind: modifiers\n    types: { abstract: false, name-matches: \"Handler$\" }\n    sealed: true\n"));
        Assert.NotEqual(MeaningOf(Sealed), MeaningOf(Sealed.Replace("abstract: false", "abstract: true", System.StringComparison.Ordinal)));
        Assert.NotEqual(MeaningOf(Sealed), MeaningOf(Sealed.Replace("'Handler$'", "'^Handler'", System.StringComparison.Ordinal)));
        Assert.NotEqual(MeaningOf(Sealed), MeaningOf(Sealed.Replace("name-matches", "full-name-matches", System.StringComparison.Ordinal)));
    }

    [Fact]
    public void Layers_compare_by_their_names_selectors_and_mode()
    {
        const string Layers = "  - id: l\n    kind: layers\n    layers:\n      - name: Api\n        types: Acme.Api.**\n      - name: Domain\n        types: Acme.Domain.**\n";

        Assert.Equal(MeaningOf(Layers), MeaningOf(Layers.Replace("id: l", "id: other", System.StringComparison.Ordinal)));
        Assert.NotEqual(MeaningOf(Layers), MeaningOf(Layers + "    mode: strict\n"));
        Assert.NotEqual(MeaningOf(Layers), MeaningOf(Layers.Replace("Acme.Domain.**", "Acme.Core.**", System.StringComparison.Ordinal)));
    }
}
