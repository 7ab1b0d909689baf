using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TechLead.Cli.Importing.TestCode;

/// <summary>
/// The rows of a parameterised test written in its attributes (xUnit <c>[InlineData]</c>, NUnit <c>[TestCase]</c>,
/// MSTest <c>[DataRow]</c>, TUnit <c>[Arguments]</c>): the test runs once per row with its parameters bound to the row's
/// values, so its chain is read once per row, as a <c>foreach</c> over a literal list is. Rows supplied by code
/// (<c>[MemberData]</c>, <c>[ClassData]</c>, <c>[TestCaseSource]</c>...) are known only when the test runs: none are read.
/// </summary>
internal static class TestDataRows
{
    private static readonly string[] Literal = ["InlineData", "TestCase", "DataRow", "Arguments"];

    /// <summary>Each row's values in parameter order; empty when the test has no parameters or any row is not written in an attribute.</summary>
    public static IReadOnlyList<IReadOnlyList<ExpressionSyntax>> Of(MethodDeclarationSyntax? test)
    {
        if (test is null || test.ParameterList.Parameters.Count == 0)
        {
            return [];
        }

        var attributes = test.AttributeLists.SelectMany(l => l.Attributes).ToList();
        var rows = attributes.Where(a => Literal.Contains(Name(a))).ToList();
        if (rows.Count == 0 || attributes.Any(a => !Literal.Contains(Name(a)) && (Name(a).EndsWith("Data", System.StringComparison.Ordinal) || Name(a).Contains("Source", System.StringComparison.Ordinal))))
        {
            return [];
        }

        var values = new List<IReadOnlyList<ExpressionSyntax>>();
        foreach (var row in rows)
        {
            // Named arguments (TestName = .., Skip = ..) configure the row; the positional ones are its values.
            var positional = row.ArgumentList?.Arguments.Where(a => a.NameEquals is null && a.NameColon is null).Select(a => a.Expression).ToList() ?? [];
            if (positional.Count != test.ParameterList.Parameters.Count)
            {
                return [];
            }

            values.Add(positional);
        }

        return values;
    }

    private static string Name(AttributeSyntax attribute) =>
        attribute.Name.ToString().Split('.')[^1].Replace("Attribute", string.Empty, System.StringComparison.Ordinal);
}
