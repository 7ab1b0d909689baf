using TechLead.Rules.Baselines;

namespace TechLead.Rules.Tests.Baselines;

/// <summary>Which file is the baseline: <c>$(TechLeadBaseline)</c>, then <c>TechLeadKind=baseline</c>, then the default name.</summary>
public sealed class BaselineFileChoiceTests
{
    private static readonly BaselineCandidate Adr = new("/repo/docs/adr/0001-x.md", "adr");
    private static readonly BaselineCandidate Named = new("/repo/techlead.baseline.json", null);
    private static readonly BaselineCandidate Marked = new("/repo/config/frozen.json", "baseline");
    private static readonly BaselineCandidate Plain = new("/repo/config/plain.json", null);

    [Fact]
    public void The_file_the_property_names_wins_over_metadata_and_the_default_name()
    {
        Assert.Equal(2, BaselineFileChoice.Choose([Named, Marked, Plain], "/repo/config/plain.json"));
    }

    [Fact]
    public void The_property_matches_either_slash_and_surrounding_blanks()
    {
        Assert.Equal(1, BaselineFileChoice.Choose([Named, Plain], " \\repo\\config\\plain.json "));
    }

    [Fact]
    public void Metadata_wins_over_the_default_name_whatever_the_item_order()
    {
        Assert.Equal(1, BaselineFileChoice.Choose([Named, Marked], null));
        Assert.Equal(1, BaselineFileChoice.Choose([Named, Marked with { Kind = "Baseline" }], "  "));
    }

    [Fact]
    public void A_property_naming_no_file_falls_back_to_metadata_then_the_default_name()
    {
        Assert.Equal(1, BaselineFileChoice.Choose([Named, Marked], "/repo/missing.json"));
        Assert.Equal(0, BaselineFileChoice.Choose([Named, Plain], "/repo/missing.json"));
    }

    [Fact]
    public void The_first_of_equals_wins()
    {
        Assert.Equal(0, BaselineFileChoice.Choose([Marked, Marked with { Path = "/repo/second.json" }], null));
        Assert.Equal(1, BaselineFileChoice.Choose([Plain, new("/repo/src/TECHLEAD.baseline.json", null), Named], null));
    }

    [Fact]
    public void A_file_marked_as_an_adr_is_never_the_baseline()
    {
        var adrNamedLikeABaseline = Named with { Kind = "adr" };
        Assert.Equal(-1, BaselineFileChoice.Choose([Adr, adrNamedLikeABaseline], adrNamedLikeABaseline.Path));
    }

    [Fact]
    public void No_candidate_is_no_baseline()
    {
        Assert.Equal(-1, BaselineFileChoice.Choose([], "/repo/techlead.baseline.json"));
        Assert.Equal(-1, BaselineFileChoice.Choose([Adr, Plain], null));
    }

    [Theory]
    [InlineData("/repo/config/base.json", "/repo", "/repo/config/base.json")]
    [InlineData(null, "/repo", "/repo/techlead.baseline.json")]
    [InlineData(" ", "/repo", "/repo/techlead.baseline.json")]
    public void Without_a_file_the_path_is_the_configured_one_else_the_default_name_in_the_folder(string? configured, string folder, string expected)
    {
        Assert.Equal(expected, BaselineFileChoice.PathOf(configured, folder));
    }
}
