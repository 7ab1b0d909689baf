using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TechLead.Cli.Importing.TestCode;

/// <summary>
/// A test that asserts its chain fails (<c>Assert.False(rule.HasNoViolations(architecture))</c>,
/// <c>result.IsSuccessful.Should().BeFalse()</c>): the chain is an example of a violated rule, not a decision, and
/// importing it as a rule would enforce the opposite of what the test checks.
/// </summary>
internal static class ExpectedViolation
{
    public const string Reason =
        "the test asserts that this rule is violated (its result is asserted false): it shows a failing rule, it does not state a decision, and as a rule it would enforce the opposite; keep the test";

    // The members that say whether a chain held, in ArchUnitNET and NetArchTest.
    private static readonly HashSet<string> Verdicts = new(System.StringComparer.Ordinal) { "HasNoViolations", "IsSuccessful" };

    public static bool IsAsserted(ExpressionSyntax chain, SyntaxNode? scope)
    {
        if (scope is null)
        {
            return false;
        }

        var names = NamesHolding(chain, scope);
        foreach (var verdict in FalseAssertedVerdicts(scope))
        {
            if (verdict.Span.Contains(chain.Span) || verdict.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Any(i => names.Contains(i.Identifier.ValueText)))
            {
                return true;
            }
        }

        return false;
    }

    // The locals the chain's rule or result flows into: `var rule = <chain>; var result = rule.GetResult();`.
    private static HashSet<string> NamesHolding(ExpressionSyntax chain, SyntaxNode scope)
    {
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        if (chain.FirstAncestorOrSelf<VariableDeclaratorSyntax>() is { } declarator)
        {
            names.Add(declarator.Identifier.ValueText);
        }
        else if (chain.FirstAncestorOrSelf<AssignmentExpressionSyntax>() is { Left: IdentifierNameSyntax assigned })
        {
            names.Add(assigned.Identifier.ValueText);
        }

        var declarators = scope.DescendantNodes().OfType<VariableDeclaratorSyntax>().Where(d => d.Initializer is not null).ToList();
        bool grown;
        do
        {
            grown = false;
            foreach (var next in declarators)
            {
                if (!names.Contains(next.Identifier.ValueText) && next.Initializer!.Value.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Any(i => names.Contains(i.Identifier.ValueText)))
                {
                    grown = names.Add(next.Identifier.ValueText) || grown;
                }
            }
        }
        while (grown);

        return names;
    }

    // Expressions asserted false whose last member is a verdict: Assert.False(x.IsSuccessful), Assert.IsFalse(...),
    // ClassicAssert.IsFalse(...), x.IsSuccessful.Should().BeFalse(), x.IsSuccessful.ShouldBeFalse(), Assert.That(x, Is.False).
    private static IEnumerable<ExpressionSyntax> FalseAssertedVerdicts(SyntaxNode scope)
    {
        foreach (var call in scope.DescendantNodes().OfType<InvocationExpressionSyntax>())
        {
            if (call.Expression is not MemberAccessExpressionSyntax access)
            {
                continue;
            }

            var name = access.Name.Identifier.ValueText;
            var arguments = call.ArgumentList.Arguments;
            ExpressionSyntax? asserted = name switch
            {
                "False" or "IsFalse" when arguments.Count > 0 => arguments[0].Expression,
                "That" when arguments.Count > 1 && arguments[1].Expression.ToString() == "Is.False" => arguments[0].Expression,
                "ShouldBeFalse" => access.Expression,
                "BeFalse" when access.Expression is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Should" } should } => should.Expression,
                _ => null,
            };

            if (asserted is not null && Verdicts.Contains(LastMemberName(asserted)))
            {
                yield return asserted;
            }
        }
    }

    private static string LastMemberName(ExpressionSyntax expression) => expression switch
    {
        InvocationExpressionSyntax invocation => LastMemberName(invocation.Expression),
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        ParenthesizedExpressionSyntax parenthesized => LastMemberName(parenthesized.Expression),
        _ => string.Empty,
    };
}
