using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TechLead.Cli.Importing.TestCode.CustomChecks;

/// <summary>
/// The tests a reflection check joins with <c>&amp;&amp;</c> or <c>||</c>, read through parentheses: the readers of custom
/// checks (constructors, immutability, interfaces) judge each test on its own.
/// </summary>
internal static class LogicalOperands
{
    /// <summary>The operands of <paramref name="condition"/> joined by <c>&amp;&amp;</c>, each without its parentheses.</summary>
    public static List<ExpressionSyntax> Conjuncts(ExpressionSyntax condition) => Split(condition, SyntaxKind.LogicalAndExpression);

    /// <summary>The operands of <paramref name="condition"/> joined by <c>||</c>, each without its parentheses.</summary>
    public static List<ExpressionSyntax> Disjuncts(ExpressionSyntax condition) => Split(condition, SyntaxKind.LogicalOrExpression);

    /// <summary><paramref name="expression"/> without the parentheses around it.</summary>
    public static ExpressionSyntax Unparenthesized(ExpressionSyntax expression) =>
        expression is ParenthesizedExpressionSyntax parenthesized ? Unparenthesized(parenthesized.Expression) : expression;

    private static List<ExpressionSyntax> Split(ExpressionSyntax expression, SyntaxKind kind) =>
        Unparenthesized(expression) is BinaryExpressionSyntax binary && binary.IsKind(kind)
            ? [.. Split(binary.Left, kind), .. Split(binary.Right, kind)]
            : [Unparenthesized(expression)];
}
