using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TechLead.Cli.Importing.TestCode.CustomChecks;

/// <summary>
/// A condition on one type written in C# (<c>!type.IsSealed</c>, <c>t.IsPublic == true</c>,
/// <c>!t.Name.EndsWith("Handler")</c>) read as the <see cref="TypeRequirement"/> it enforces, given which way it points:
/// true for the failing types, or true for the passing ones. Only tests whose meaning a TechLead rule says exactly are
/// read; anything else is null.
/// </summary>
internal static class TypePredicate
{
    /// <summary>The requirement a condition that is true for a <em>failing</em> type enforces.</summary>
    public static TypeRequirement? OfFailure(ExpressionSyntax condition, string variable) => Requirement(Test(condition, variable, negated: false));

    /// <summary>The requirement a condition that is true for a <em>passing</em> type enforces.</summary>
    public static TypeRequirement? OfSuccess(ExpressionSyntax condition, string variable) => Requirement(Test(condition, variable, negated: true));

    // From the test and the value it has for a failing type.
    private static TypeRequirement? Requirement(TypeTest? test) => test switch
    {
        { Name: "IsSealed", Value: false } => TypeRequirement.Sealed,
        { Name: "IsPublic", Value: true } => TypeRequirement.NotPublic,
        { Name: "EndsWith" or "StartsWith" or "Contains", Text: { Length: > 0 } text } name => TypeRequirement.Naming(NamePattern(name.Name, text, name.IgnoreCase, mustHold: !name.Value)),
        _ => null,
    };

    // The simple name must (or must not) end with, start with or contain the text; reflection's Name, like NetArchTest's,
    // keeps a generic type's arity (Repository`1): the same accepted difference as for NetArchTest's name conditions.
    internal static string NamePattern(string test, string text, bool ignoreCase, bool mustHold)
    {
        var escaped = Regex.Escape(text);
        var pattern = (test, mustHold) switch
        {
            ("EndsWith", true) => escaped + "$",
            ("StartsWith", true) => "^" + escaped,
            ("Contains", true) => escaped,
            ("EndsWith", false) => "^(?!.*" + escaped + "$)",
            ("StartsWith", false) => "^(?!" + escaped + ")",
            _ => "^(?!.*" + escaped + ")",
        };
        return ignoreCase ? "(?i)" + pattern : pattern;
    }

    // The test a condition makes on the variable and the value the test has when the condition holds (flipped when negated).
    private static TypeTest? Test(ExpressionSyntax condition, string variable, bool negated)
    {
        switch (condition)
        {
            case ParenthesizedExpressionSyntax parenthesized:
                return Test(parenthesized.Expression, variable, negated);
            case PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalNotExpression } not:
                return Test(not.Operand, variable, !negated);
            case MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax owner, Name.Identifier.ValueText: var flag } when owner.Identifier.ValueText == variable:
                return new TypeTest(flag, !negated, null, false);
            case InvocationExpressionSyntax
            {
                Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: var method, Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Name", Expression: IdentifierNameSyntax owner } },
                ArgumentList.Arguments: { Count: >= 1 } arguments,
            } when method is "EndsWith" or "StartsWith" or "Contains" && owner.Identifier.ValueText == variable
                && arguments[0].Expression is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } text
                && Comparison(arguments.Skip(1).ToList()) is { } ignoreCase:
                return new TypeTest(method, !negated, text.Token.ValueText, ignoreCase);
            case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.EqualsExpression or (int)SyntaxKind.NotEqualsExpression } binary
                when binary.Right is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.TrueLiteralExpression or (int)SyntaxKind.FalseLiteralExpression } literal:
                var equalsTrue = literal.IsKind(SyntaxKind.TrueLiteralExpression) == binary.IsKind(SyntaxKind.EqualsExpression);
                return Test(binary.Left, variable, equalsTrue ? negated : !negated);
            default:
                return null;
        }
    }

    // No comparison (ordinal for a string argument), or an ordinal or culture one with or without case: ignore case or not.
    // Any other argument (a char, a culture) is not read.
    internal static bool? Comparison(System.Collections.Generic.IReadOnlyList<ArgumentSyntax> rest) => rest switch
    {
        [] => false,
        [{ Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "StringComparison" } or MemberAccessExpressionSyntax { Name.Identifier.ValueText: "StringComparison" }, Name.Identifier.ValueText: var comparison } }] => comparison switch
        {
            "Ordinal" or "InvariantCulture" or "CurrentCulture" => false,
            "OrdinalIgnoreCase" or "InvariantCultureIgnoreCase" or "CurrentCultureIgnoreCase" => true,
            _ => null,
        },
        _ => null,
    };

    private sealed record TypeTest(string Name, bool Value, string? Text, bool IgnoreCase);
}
