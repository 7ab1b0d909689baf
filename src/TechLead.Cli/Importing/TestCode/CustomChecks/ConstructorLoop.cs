using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static TechLead.Cli.Importing.TestCode.CustomChecks.LogicalOperands;

namespace TechLead.Cli.Importing.TestCode.CustomChecks;

/// <summary>
/// A loop over the selected types that collects those whose constructors break a visibility requirement, read as
/// <c>modifiers</c> with <c>constructors: private</c> or <c>non-public</c> (rules/0052). Reflection's
/// <c>GetConstructors</c> lists the constructors C# adds too, which is what that requirement counts. Two shapes:
/// <c>if (type.GetConstructors(Public | Instance).Any()) failing.Add(type);</c> (also <c>Length != 0</c>, <c>Length &gt; 0</c>,
/// <c>Any(c =&gt; c.IsPublic)</c>) and <c>foreach (var c in type.GetConstructors(Public | NonPublic | Instance)) if
/// (!c.IsPrivate) failing.Add(type);</c>, each with the constructors in a local or inline.
/// </summary>
internal static class ConstructorLoop
{
    /// <summary>The requirement and the list the failing types are added to, or null when the loop is not of these shapes.</summary>
    public static (TypeRequirement Requirement, string List)? Read(ForEachStatementSyntax loop)
    {
        var type = loop.Identifier.ValueText;
        var statements = loop.Statement is BlockSyntax block ? block.Statements.ToList() : [loop.Statement];
        var locals = new Dictionary<string, ConstructorsCall>(System.StringComparer.Ordinal);
        while (statements is [LocalDeclarationStatementSyntax { Declaration.Variables: [{ Initializer.Value: var value } variable] }, ..] && Constructors(value, type, locals) is { } call)
        {
            locals[variable.Identifier.ValueText] = call;
            statements.RemoveAt(0);
        }

        switch (statements)
        {
            case [IfStatementSyntax { Else: null } check] when AddsType(check.Statement) is { } list:
                return ExistsCondition(check.Condition, type, locals) is { } wanted ? (wanted, list) : null;
            case [ForEachStatementSyntax inner] when Constructors(inner.Expression, type, locals) is { } call
                && (inner.Statement is BlockSyntax { Statements: [IfStatementSyntax only] } ? only : inner.Statement) is IfStatementSyntax { Else: null } check
                && AddsType(check.Statement) is { } list:
                return ConstructorTest(check.Condition, inner.Identifier.ValueText, call) is { } tested ? (tested, list) : null;
            default:
                return null;
        }
    }

    /// <summary>The requirement a condition true for a <em>failing</em> type states (<c>Where(t =&gt; t.GetConstructors().Any())</c>), or null.</summary>
    public static TypeRequirement? OfFailure(ExpressionSyntax condition, string type) => ExistsCondition(condition, type, new(System.StringComparer.Ordinal));

    // if (constructors.Any()) / (constructors.Length != 0) / (constructors.Any(c => c.IsPublic)): a public constructor fails.
    private static TypeRequirement? ExistsCondition(ExpressionSyntax condition, string type, Dictionary<string, ConstructorsCall> locals)
    {
        switch (condition)
        {
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Any", Expression: var source }, ArgumentList.Arguments: var arguments }
                when Constructors(source, type, locals) is { } call:
                return arguments switch
                {
                    [] => call.ListsOnlyPublic ? TypeRequirement.NoPublicConstructor : null,
                    [{ Expression: SimpleLambdaExpressionSyntax { ExpressionBody: { } body } lambda }] => ConstructorTest(body, lambda.Parameter.Identifier.ValueText, call),
                    _ => null,
                };
            case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.NotEqualsExpression or (int)SyntaxKind.GreaterThanExpression } binary
                when binary.Right is LiteralExpressionSyntax { Token.ValueText: "0" }
                && binary.Left is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Length" or "Count", Expression: var counted }
                && Constructors(counted, type, locals) is { ListsOnlyPublic: true }:
                return TypeRequirement.NoPublicConstructor;
            default:
                return null;
        }
    }

    // What a test of one constructor fails: !c.IsPrivate over all instance constructors, c.IsPublic (with or without
    // c.IsConstructor, which every ConstructorInfo is) over the public ones.
    private static TypeRequirement? ConstructorTest(ExpressionSyntax condition, string constructor, ConstructorsCall call)
    {
        var tests = Conjuncts(condition).ToList();
        tests.RemoveAll(t => IsFlag(t, constructor, "IsConstructor"));
        return tests switch
        {
            [PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalNotExpression, Operand: var operand }] when IsFlag(operand, constructor, "IsPrivate") && call.ListsAll => TypeRequirement.OnlyPrivateConstructors,
            [var test] when IsFlag(test, constructor, "IsPublic") && call.ListsPublic => TypeRequirement.NoPublicConstructor,
            _ => null,
        };
    }

    private static bool IsFlag(ExpressionSyntax test, string variable, string flag) =>
        test is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax owner, Name.Identifier.ValueText: var name } && owner.Identifier.ValueText == variable && name == flag;

    /// <summary>
    /// <c>failing.Add(type);</c> or <c>failing.Add($"{type.FullName} ...")</c>, optionally followed by <c>break</c>: the
    /// list's name, else null. What is added does not matter: the list asserted empty fails as soon as it holds anything.
    /// </summary>
    internal static string? AddsType(StatementSyntax statement)
    {
        var statements = statement is BlockSyntax block ? block.Statements.ToList() : [statement];
        return statements is [ExpressionStatementSyntax { Expression: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Add", Expression: IdentifierNameSyntax list }, ArgumentList.Arguments: [_] } }, .. var rest]
            && rest.All(s => s is BreakStatementSyntax)
            ? list.Identifier.ValueText
            : null;
    }

    // type.GetConstructors(flags), or a local holding it.
    private static ConstructorsCall? Constructors(ExpressionSyntax expression, string type, Dictionary<string, ConstructorsCall> locals)
    {
        if (expression is IdentifierNameSyntax local)
        {
            return locals.TryGetValue(local.Identifier.ValueText, out var held) ? held : null;
        }

        return ReflectedConstructors.Of(expression, type) is { Instance: true, Static: false } listed ? new ConstructorsCall(listed.Public, listed.NonPublic) : null;
    }

    private sealed record ConstructorsCall(bool Public, bool NonPublic)
    {
        public bool ListsAll => Public && NonPublic;

        public bool ListsPublic => Public;

        public bool ListsOnlyPublic => Public && !NonPublic;
    }
}
