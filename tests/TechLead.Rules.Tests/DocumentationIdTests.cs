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

    [Fact]
    public void Conversion_operator_id_with_return_type_parses()
    {
        var id = Parse("M:System.Decimal.op_Implicit(System.Int32)~System.Decimal");
        Assert.Equal("System.Decimal.op_Implicit", id.Name);
        Assert.Equal("(System.Int32)", id.Parameters);
        Assert.Equal("System.Decimal", id.ReturnType);
    }

    [Theory]
    [InlineData("M:System.Decimal.op_Implicit(System.Int32)~System.Decimal", "M:System.Decimal.op_Implicit(System.Int32)~System.Decimal", true)]
    [InlineData("M:System.Decimal.op_Implicit(System.Int32)~System.Decimal", "M:System.Decimal.op_Implicit(System.Int32)~System.Double", false)]
    [InlineData("M:System.Decimal.op_Implicit(System.Int32)~System.Decimal", "M:System.Decimal.op_Implicit(System.Int32)", false)]
    [InlineData("M:System.Decimal.op_Implicit(System.Int32)", "M:System.Decimal.op_Implicit(System.Int32)~System.Decimal", true)]
    [InlineData("M:System.Decimal.op_Explicit~System.Int32", "M:System.Decimal.op_Explicit(System.Decimal)~System.Int32", true)]
    [InlineData("M:System.Decimal.op_Explicit~System.Int32", "M:System.Decimal.op_Explicit(System.Decimal)~System.Int64", false)]
    [InlineData("M:System.Decimal.op_Explicit", "M:System.Decimal.op_Explicit(System.Decimal)~System.Int64", true)]
    [InlineData("M:N.T.Pick``1", "M:N.T.Pick``1(``0)", true)]
    [InlineData("M:N.T.Pick``1", "M:N.T.Pick(System.Int32)", false)]
    [InlineData("M:System.Guid.NewGuid()", "M:System.Guid.NewGuid", true)]
    [InlineData("M:System.Random.#ctor()", "M:System.Random.#ctor", true)]
    [InlineData("M:System.Random.#ctor()", "M:System.Random.#ctor(System.Int32)", false)]
    [InlineData("M:N.T.Go()", "M:N.T.GoFast", false)]
    [InlineData("P:N.T.Item(System.Int32)", "P:N.T.Item(System.Int32)", true)]
    [InlineData("P:N.T.Item", "P:N.T.Item(System.String)", true)]
    public void Return_type_narrows_to_that_conversion_and_is_optional(string ban, string declarationId, bool expected) =>
        Assert.Equal(expected, Parse(ban).MatchesDeclarationId(declarationId));

    [Theory]
    [InlineData("P:System.DateTime.Now~System.DateTime", "only methods carry a '~ReturnType'")]
    [InlineData("M:System.Decimal.op_Implicit(System.Int32)~", "the return type after '~' is empty or malformed")]
    [InlineData("M:System.Decimal.op_Implicit(System.Int32~System.Decimal", "the parameter list is not closed")]
    public void Malformed_return_type_is_rejected_with_a_fix_it(string text, string expected)
    {
        Assert.False(DocumentationId.TryParse(text, out _, out var error));
        Assert.Contains(expected, error, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("T:Shop.Order", "Shop.Order", "Shop", true)]
    [InlineData("T:Shop.Order", "Shop.Order.Line", "Shop", true)]
    [InlineData("T:Shop.Order", "Shop.OrderLine", "Shop", false)]
    [InlineData("T:Shop.Order", "Shop.Order.Line", "Shop.Order", false)]
    [InlineData("N:Shop", "Shop.Sub.Order", "Shop.Sub", true)]
    [InlineData("M:Shop.Order.Save", "Shop.Order", "Shop", false)]
    public void Type_and_namespace_bans_cover_types_by_name(string ban, string fullName, string @namespace, bool expected) =>
        Assert.Equal(expected, Parse(ban).CoversType(fullName, @namespace));
}

