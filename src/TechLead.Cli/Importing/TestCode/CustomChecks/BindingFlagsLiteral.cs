using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TechLead.Cli.Importing.TestCode.CustomChecks;

/// <summary>
/// The <c>BindingFlags</c> a reflection call is given, read from the literal combination the test writes
/// (<c>BindingFlags.Public | BindingFlags.Instance</c>): which members <c>GetConstructors</c>, <c>GetFields</c> or
/// <c>GetProperties</c> list decides whether a check means what a TechLead rule says.
/// </summary>
internal static class BindingFlagsLiteral
{
    /// <summary>The flag names or-ed in <paramref name="expression"/>, or null when it is not such a literal combination.</summary>
    public static HashSet<string>? Names(ExpressionSyntax expression)
    {
        switch (expression)
        {
            case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.BitwiseOrExpression } or:
                var left = Names(or.Left);
                var right = Names(or.Right);
                return left is null || right is null ? null : [.. left, .. right];
            case ParenthesizedExpressionSyntax parenthesized:
                return Names(parenthesized.Expression);
            case MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "BindingFlags" } or MemberAccessExpressionSyntax { Name.Identifier.ValueText: "BindingFlags" }, Name.Identifier.ValueText: var flag }:
                return [flag];
            default:
                return null;
        }
    }
}
