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
    /// The requirement the code around <paramref name="getTypes"/> checks on every type it checks, and which of the
    /// selected types those are: the <c>Where(...)</c> filters on the way (rules/0067) and the tests the failing condition
    /// joins to the check (<c>!t.IsSealed &amp;&amp; !isRecord</c>). <paramref name="selection"/> reads another selection the
    /// check compares with (<see cref="MemberTypeCheck"/>); <see cref="TypeRequirement.HeldByAnotherRule"/> when the types
    /// are only the list such a check compares with: its rule holds them.
    /// </summary>
    public static (TypeRequirement Requirement, TypeCondition Checked) Read(ExpressionSyntax getTypes, TestCodeArguments arguments, MemberTypeCheck.Selection? selection = null)
    {
        var flow = TypesFlow.From(getTypes, arguments);
        if (flow.UsedAsList && selection is not null && flow.Uses.Count > 0 && flow.Uses.All(MemberTypeCheck.HoldsList))
        {
            return (TypeRequirement.HeldByAnotherRule, TypeCondition.Everything);
        }

        if (Agreed(flow, arguments, selection) is not { } requirement)
        {
            throw new UntranslatableException(CustomCheckReasons.Describe(flow));
        }

        var checkedTypes = flow.Filters.Select(f => Filter(f, arguments)).Aggregate(TypeCondition.Everything, (all, next) => all.And(next));
        return requirement is NarrowedRequirement narrowed ? (narrowed.Inner, checkedTypes.And(narrowed.Narrowing)) : (requirement, checkedTypes);
    }

    // Where(t => ...) before the check: the types it keeps.
    private static TypeCondition Filter(ExpressionSyntax filter, TestCodeArguments arguments) =>
        filter is LambdaExpressionSyntax lambda && Lambda(lambda) is (var name, { } body)
            ? new ReflectionPredicate(name, arguments).Selecting(body)
            : throw new UntranslatableException($"the types are narrowed in C# with 'Where({filter})', a method the importer does not read; write the test as a lambda ('Where(t => ...)')");

    // The one requirement every use of the types checks, or null.
    private static TypeRequirement? Agreed(TypesFlow flow, TestCodeArguments arguments, MemberTypeCheck.Selection? selection = null)
    {
        // A use that hands the types to a helper is judged by the helper's own uses.
        var requirements = flow.Uses.Where(u => !flow.Delegated.Contains(u)).Select(u => Requirement(u, arguments, selection)).ToList();
        return requirements.Count > 0 && requirements.All(r => r is not null) && requirements.Distinct().Count() == 1 ? requirements[0] : null;
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
                        => TypePredicate.OfFailure(body, name) ?? ConstructorLoop.OfFailure(body, name) ?? ConstructorExistence.OfFailure(body, name, arguments) ?? ImmutabilityCheck.OfFailure(body, name) ?? ReflectionRequirement.OfFailure(body, name, arguments),
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

        // Locals the check reads (bool isRecord = ...;) come first; the if adds anything for a failing type (the type, its name).
        var statements = loop.Statement is BlockSyntax block ? block.Statements.ToList() : [loop.Statement];
        var locals = new Dictionary<string, ExpressionSyntax>(System.StringComparer.Ordinal);
        while (statements is [LocalDeclarationStatementSyntax { Declaration.Variables: [{ Initializer.Value: var value } local] }, _, ..])
        {
            locals[local.Identifier.ValueText] = value;
            statements.RemoveAt(0);
        }

        if (statements is not [IfStatementSyntax { Else: null } check]
            || ConstructorLoop.AddsType(check.Statement) is not { } list
            || loop.FirstAncestorOrSelf<BaseMethodDeclarationSyntax>() is not { } method
            || !FailureAssertion.IsListAssertedEmpty(list, method, arguments))
        {
            return null;
        }

        // A 'break' stops at the first failing type: the test still fails exactly when one type fails.
        var type = loop.Identifier.ValueText;
        return (locals.Count == 0 ? TypePredicate.OfFailure(check.Condition, type) ?? ImmutabilityCheck.OfFailure(check.Condition, type) : null)
            ?? ReflectionRequirement.OfFailure(check.Condition, type, arguments, locals);
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
