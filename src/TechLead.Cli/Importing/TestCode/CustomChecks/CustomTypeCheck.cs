using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TechLead.Cli.Importing.TestCode.CustomChecks;

/// <summary>
/// The types of a <c>GetTypes()</c> call checked by the suite's own C# code: the <see cref="TypeRequirement"/> that
/// code enforces when it is one a TechLead rule says with the same meaning (every use of the types checks it, and the
/// assertion points the right way), else an <see cref="UntranslatableException"/> saying what the code checks and
/// why no rule says the same (ADR-0048).
/// </summary>
internal static class CustomTypeCheck
{
    /// <summary>
    /// The requirement the code around <paramref name="getTypes"/> checks on every selected type; <paramref name="selection"/>
    /// reads another selection the check compares with (<see cref="MemberTypeCheck"/>). <see cref="TypeRequirement.HeldByAnotherRule"/>
    /// when the types are only the list such a check compares with: its rule holds them.
    /// </summary>
    public static TypeRequirement Read(ExpressionSyntax getTypes, TestCodeArguments arguments, MemberTypeCheck.Selection? selection = null)
    {
        var flow = TypesFlow.From(getTypes, arguments);
        if (flow.UsedAsList && selection is not null && flow.Uses.Count > 0 && flow.Uses.All(MemberTypeCheck.HoldsList))
        {
            return TypeRequirement.HeldByAnotherRule;
        }

        if (Agreed(flow, arguments, selection) is { } requirement)
        {
            return flow.Filters.Count == 0
                ? requirement
                : throw new UntranslatableException($"the types are narrowed in C# ('Where({flow.Filters[0]})') before the check; TechLead reads only the library's own predicates");
        }

        throw new UntranslatableException(CustomCheckReasons.Describe(flow));
    }

    // The one requirement every use of the types checks, or null.
    private static TypeRequirement? Agreed(TypesFlow flow, TestCodeArguments arguments, MemberTypeCheck.Selection? selection = null)
    {
        // A use that hands the types to a helper is judged by the helper's own uses.
        var requirements = flow.Uses.Where(u => !flow.Delegated.Contains(u)).Select(u => Requirement(u, arguments, selection)).ToList();
        return requirements.Count > 0 && requirements.All(r => r is not null) && requirements.Distinct().Count() == 1 ? requirements[0] : null;
    }

    /// <summary>
    /// The reason for types taken from an assembly by reflection (<c>assembly.GetTypes()</c>), not by the library's
    /// selection: that, and what the code checks on them.
    /// </summary>
    public static string FromReflection(ExpressionSyntax getTypes, TestCodeArguments arguments)
    {
        var flow = TypesFlow.From(getTypes, arguments);
        if (Agreed(flow, arguments) is { } requirement)
        {
            return $"the types come from reflection ('GetTypes()' on an assembly), not a library selection; select them with the library (NetArchTest's 'Types.InAssembly(...)') and the check imports as a '{requirement.Kind}' rule";
        }

        var check = CustomCheckReasons.Describe(flow);
        return "the types come from reflection ('GetTypes()' on an assembly), not a library selection; " + (check.StartsWith("checks", System.StringComparison.Ordinal) ? "the test " + check : check);
    }

    // One use of the types, read in the three shapes whose direction is certain:
    // foreach + failing list asserted empty, Where(failure) asserted empty, every type asserted to meet a condition.
    private static TypeRequirement? Requirement(ExpressionSyntax use, TestCodeArguments arguments, MemberTypeCheck.Selection? selection)
    {
        switch (use.Parent)
        {
            case ForEachStatementSyntax loop when loop.Expression == use:
                return FailingListLoop(loop, arguments, selection);
            case MemberAccessExpressionSyntax { Name.Identifier.ValueText: var method, Parent: InvocationExpressionSyntax call } member when member.Expression == use:
                return (method, call.ArgumentList.Arguments) switch
                {
                    ("Where", [{ Expression: LambdaExpressionSyntax where }]) when Lambda(where) is var (name, body) && body is not null && FailureAssertion.IsResultAssertedEmpty(call, arguments)
                        => TypePredicate.OfFailure(body, name) ?? ConstructorLoop.OfFailure(body, name) ?? ConstructorExistence.OfFailure(body, name, arguments) ?? ImmutabilityCheck.OfFailure(body, name),
                    ("All", [{ Expression: LambdaExpressionSyntax all }]) when Lambda(all) is var (name, body) && body is not null && FailureAssertion.IsAssertedTrue(call)
                        => TypePredicate.OfSuccess(body, name) ?? ConstructorExistence.OfSuccess(body, name, arguments) ?? ImmutabilityCheck.OfSuccess(body, name),
                    ("Should", []) when call.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "OnlyContain", Parent: InvocationExpressionSyntax { ArgumentList.Arguments: [{ Expression: LambdaExpressionSyntax only }] } }
                        && Lambda(only) is var (name, body) && body is not null => TypePredicate.OfSuccess(body, name) ?? ImmutabilityCheck.OfSuccess(body, name),
                    _ => null,
                };
            case ArgumentSyntax { Parent: ArgumentListSyntax { Arguments: [var first, { Expression: LambdaExpressionSyntax each }], Parent: InvocationExpressionSyntax call } }
                when first.Expression == use && call.Expression is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "Assert" }, Name.Identifier.ValueText: "All" }
                && Lambda(each) is var (name, body) && body is not null && AssertedTrue(body) is { } condition:
                return TypePredicate.OfSuccess(condition, name) ?? ImmutabilityCheck.OfSuccess(condition, name);
            default:
                return null;
        }
    }

    // foreach (var type in types) { if (failure(type)) failing.Add(type); } ... failing asserted empty.
    private static TypeRequirement? FailingListLoop(ForEachStatementSyntax loop, TestCodeArguments arguments, MemberTypeCheck.Selection? selection)
    {
        if ((ConstructorLoop.Read(loop) ?? ConstructorExistence.Read(loop, arguments) ?? InterfaceAnyOf.Read(loop, arguments) ?? MemberTypeCheck.Read(loop, selection) ?? DeclaredMembersCheck.Read(loop)) is var (constructors, failing))
        {
            return loop.FirstAncestorOrSelf<BaseMethodDeclarationSyntax>() is { } declaring && FailureAssertion.IsListAssertedEmpty(failing, declaring, arguments) ? constructors : null;
        }

        var statements = loop.Statement is BlockSyntax block ? block.Statements.ToList() : [loop.Statement];
        if (statements is not [IfStatementSyntax { Else: null } check])
        {
            return null;
        }

        var added = check.Statement is BlockSyntax inner ? inner.Statements.ToList() : [check.Statement];
        if (added is not [ExpressionStatementSyntax { Expression: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Add", Expression: IdentifierNameSyntax list } } add }, .. var rest]
            || rest.Any(s => s is not BreakStatementSyntax)
            || add.ArgumentList.Arguments is not [{ Expression: IdentifierNameSyntax item }] || item.Identifier.ValueText != loop.Identifier.ValueText
            || loop.FirstAncestorOrSelf<BaseMethodDeclarationSyntax>() is not { } method
            || !FailureAssertion.IsListAssertedEmpty(list.Identifier.ValueText, method, arguments))
        {
            return null;
        }

        // A 'break' stops at the first failing type: the test still fails exactly when one type fails.
        return TypePredicate.OfFailure(check.Condition, loop.Identifier.ValueText) ?? ImmutabilityCheck.OfFailure(check.Condition, loop.Identifier.ValueText);
    }

    private static (string Name, ExpressionSyntax? Body) Lambda(LambdaExpressionSyntax lambda) => lambda switch
    {
        SimpleLambdaExpressionSyntax simple => (simple.Parameter.Identifier.ValueText, simple.ExpressionBody),
        ParenthesizedLambdaExpressionSyntax { ParameterList.Parameters: [var parameter] } parenthesized => (parameter.Identifier.ValueText, parenthesized.ExpressionBody),
        _ => (string.Empty, null),
    };

    // Assert.True(x) or x.Should().BeTrue() / x.ShouldBeTrue() as a lambda's body: x.
    private static ExpressionSyntax? AssertedTrue(ExpressionSyntax body) => body switch
    {
        InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "Assert" }, Name.Identifier.ValueText: "True" or "IsTrue" }, ArgumentList.Arguments: [var only] } => only.Expression,
        InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ShouldBeTrue", Expression: var value } } => value,
        InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "BeTrue", Expression: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Should", Expression: var value } } } } => value,
        _ => null,
    };
}
