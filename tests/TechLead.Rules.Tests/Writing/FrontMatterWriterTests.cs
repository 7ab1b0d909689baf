using System.Text;
using TechLead.Rules.Selectors;
using TechLead.Rules.Writing;

namespace TechLead.Rules.Tests.Writing;

public sealed class FrontMatterWriterTests
{
    [Fact]
    public void Writes_fields_lists_and_comments_between_the_two_markers()
    {
        var text = new StringBuilder();
        FrontMatterWriter.Open(text)
            .Scalar("id", "ADR-0007")
            .Scalar("title", "Use Postgres, not MySQL")
            .Scalar("enforcement", "manual: review")
            .List("decision-makers", [])
            .List("tags", ["data", "a, b"])
            .Comment("owners: []")
            .Close();

        Assert.Equal(
            "---\nid: ADR-0007\ntitle: Use Postgres, not MySQL\nenforcement: \"manual: review\"\ndecision-makers: []\ntags: [data, \"a, b\"]\n# owners: []\n---\n",
            text.ToString());
    }

    [Theory]
    [InlineData("Use Postgres", "Use Postgres", "Use Postgres")]
    [InlineData("Use Postgres, not MySQL", "Use Postgres, not MySQL", "\"Use Postgres, not MySQL\"")]
    [InlineData("[draft] Orders", "\"[draft] Orders\"", "\"[draft] Orders\"")]
    [InlineData("Layers: Api", "\"Layers: Api\"", "\"Layers: Api\"")]
    [InlineData("Why not?:", "\"Why not?:\"", "\"Why not?:\"")]
    [InlineData("C# rules", "C# rules", "C# rules")]
    [InlineData("a #b", "\"a #b\"", "\"a #b\"")]
    [InlineData("say \"hi\"", "say \"hi\"", "say \"hi\"")]
    [InlineData("\"quoted\"", "\"\\\"quoted\\\"\"", "\"\\\"quoted\\\"\"")]
    public void Quotes_only_where_yaml_needs_it_in_a_block_value_and_in_a_flow_list(string value, string block, string flow)
    {
        Assert.Equal(block, YamlText.RenderBlockValue(value));
        Assert.Equal(flow, YamlText.Render(value));
    }
}
