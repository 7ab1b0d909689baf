using TechLead.Rules.Model;
using TechLead.Rules.Parsing;

namespace TechLead.Rules.Tests.Parsing;

public sealed class FileTextTests
{
    [Fact]
    public void A_byte_order_mark_is_dropped_and_invalid_bytes_become_replacement_characters()
    {
        Assert.Equal("---\nid: ADR-0001\n", FileText.Decode([0xEF, 0xBB, 0xBF, .. "---\nid: ADR-0001\n"u8]));
        Assert.Equal("a\uFFFDb", FileText.Decode([(byte)'a', 0xFF, (byte)'b']));
        Assert.Equal("é", FileText.Decode([0xC3, 0xA9]));
        Assert.Equal(string.Empty, FileText.Decode([]));
    }

    [Fact]
    public void Invalid_bytes_are_reported_by_the_parser_at_their_line()
    {
        var text = FileText.Decode([.. "---\nid: ADR-0001\ntitle: Caf"u8, 0xE9, .. "\nstatus: accepted\n---\n"u8]);

        var result = AdrParser.Parse("docs/adr/0001-cafe.md", text);

        var problem = Assert.Single(result.Diagnostics, d => d.Id == DiagnosticIds.AdrUnreadable);
        Assert.Equal(3, problem.Span.DisplayLine);
    }

    [Theory]
    [InlineData(7, "ADR-0007")]
    [InlineData(42, "ADR-0042")]
    [InlineData(12345, "ADR-12345")]
    public void A_numbered_adr_id_has_four_digits_at_least(int number, string expected) =>
        Assert.Equal(expected, AdrIds.Of(number));
}
