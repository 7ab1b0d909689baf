using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TechLead.Cli.Importing.TestCode.CustomChecks;

/// <summary>
/// A condition on one type written in C# (<c>!type.IsSealed</c>, <c>t.IsPublic == true</c>) read as the
/// <see cref="TypeRequirement"/> it enforces, given which way it points: true for the failing types, or true for the
/// passing ones. Only reflection flags whose meaning a TechLead rule says exactly are read; anything else is null.
/// </summary>
internal static class TypePredicate
{
    /// <summary>The requirement a condition that is true for a <em>failing</em> type enforces.</summary>
    public static TypeRequirement? OfFailure(ExpressionSyntax condition, string variable) =>
        Flag(condition, variable, negated: false) switch
        {
            ("IsSealed", false) => TypeRequirement.Sealed,
            ("IsPublic", true) => TypeRequirement.NotPublic,
            _ => null,
        };

    /// <summary>The requirement a condition that is true for a <em>passing</em> type enforces.</summary>
    public static TypeRequirement? OfSuccess(ExpressionSyntax condition, string variable) =>
        Flag(condition, variable, negated: true) switch
        {
            ("IsSealed", false) => TypeRequirement.Sealed,
            ("IsPublic", true) => TypeRequirement.NotPublic,
            _ => null,
        };

    // (flag, value the flag has when the condition holds), or null when the condition is not one flag of the variable.
    private static (string Flag, bool Value)? Flag(ExpressionSyntax condition, string variable, bool negated)
    {
        switch (condition)
        {
            case ParenthesizedExpressionSyntax parenthesized:
                return Flag(parenthesized.Expression, variable, negated);
            case PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalNotExpression } not:
                return Flag(not.Operand, variable, !negated);
            case MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax owner, Name.Identifier.ValueText: var flag } when owner.Identifier.ValueText == variable:
                return (flag, !negated);
            case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.EqualsExpression or (int)SyntaxKind.NotEqualsExpression } binary
                when binary.Right is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.TrueLiteralExpression or (int)SyntaxKind.FalseLiteralExpression } literal:
                var equalsTrue = literal.IsKind(SyntaxKind.TrueLiteralExpression) == binary.IsKind(SyntaxKind.EqualsExpression);
                return Flag(binary.Left, variable, equalsTrue ? negated : !negated);
            default:
                return null;
        }
    }
}
