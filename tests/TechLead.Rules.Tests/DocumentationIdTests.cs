using TechLead.Rules.Selectors;

namespace TechLead.Rules.Tests;

public sealed class DocumentationIdTests
{
    private static DocumentationId Parse(string text)
    {
        Assert.True(DocumentationId.TryParse(text, out var id, out var error), error);
        return id;
    }

    [Theory]
    [InlineData("M:System.Math.Max(System.Int32,System.Int32)", "M:System.Math.Max(System.Int32,System.Int32)", true)]
    [InlineData("M:System.Math.Max(System.Int32,System.Int32)", "M:System.Math.Max(System.Int32,System.Int32)~System.Int32", true)]
    [InlineData("M:System.Math.Max(System.Int32,System.Int32)", "M:System.Math.Max(System.Int64,System.Int64)~System.Int64", false)]
    [InlineData("M:System.Math.Max", "M:System.Math.Max(System.Int64,System.Int64)~System.Int64", true)]
    public void Parameter_list_matches_with_or_without_the_return_type_suffix(string ban, string declarationId, bool expected) =>
        Assert.Equal(expected, Parse(ban).MatchesDeclarationId(declarationId));
}
