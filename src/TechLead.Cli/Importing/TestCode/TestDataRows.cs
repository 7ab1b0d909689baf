using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TechLead.Cli.Importing.TestCode;

/// <summary>
/// The rows of a parameterised test written in its attributes (xUnit <c>[InlineData]</c>, NUnit <c>[TestCase]</c>,
/// MSTest <c>[DataRow]</c>, TUnit <c>[Arguments]</c>): the test runs once per row with its parameters bound to the row's
/// values, so its chain is read once per row, as a <c>foreach</c> over a literal list is. Rows supplied by code
/// (<c>[MemberData]</c>, <c>[ClassData]</c>, <c>[TestCaseSource]</c>...) are read where that code only lists data
/// (<see cref="ComputedDataRows"/>); otherwise they are known only when the test runs and none are read.
/// </summary>
internal static class TestDataRows
{
    private static readonly string[] Literal = ["InlineData", "TestCase", "DataRow", "Arguments"];

    /// <summary>
    /// Each row's values in parameter order; empty when the test has no parameters or any row is neither written in an
    /// attribute nor supplied by code that only lists data (<see cref="ComputedDataRows"/>).
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<ExpressionSyntax>> Of(MethodDeclarationSyntax? test, TestCodeArguments arguments)
    {
        if (test is null || test.ParameterList.Parameters.Count == 0)
        {
            return [];
        }

        var values = new List<IReadOnlyList<ExpressionSyntax>>();
        foreach (var attribute in test.AttributeLists.SelectMany(l => l.Attributes))
        {
            var name = Name(attribute);
            if (ComputedDataRows.Supplies(name))
            {
                if (ComputedDataRows.Of(attribute, name, test, arguments) is not { } computed)
                {
                    return [];
                }

                values.AddRange(computed);
                continue;
            }

            if (!Literal.Contains(name))
            {
                if (name.EndsWith("Data", System.StringComparison.Ordinal) || name.Contains("Source", System.StringComparison.Ordinal))
                {
                    return [];
                }

                continue;
            }

            // Named arguments (TestName = .., Skip = ..) configure the row; the positional ones are its values.
            var positional = attribute.ArgumentList?.Arguments.Where(a => a.NameEquals is null && a.NameColon is null).Select(a => a.Expression).ToList() ?? [];
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
