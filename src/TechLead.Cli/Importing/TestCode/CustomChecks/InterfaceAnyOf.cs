using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TechLead.Rules.Writing;
using static TechLead.Cli.Importing.TestCode.CustomChecks.LogicalOperands;

namespace TechLead.Cli.Importing.TestCode.CustomChecks;

/// <summary>
/// Custom code that fails a type implementing none of several interfaces, read as <c>must-implement</c> with a list
/// (rules/0063): <c>if (!a &amp;&amp; !b) failing.Add(type)</c> where each of <c>a</c>, <c>b</c> is (or holds)
/// <c>type.GetInterfaces().Any(i =&gt; i.IsGenericType &amp;&amp; i.GetGenericTypeDefinition() == typeof(X&lt;&gt;))</c>, or
/// <c>type.GetInterfaces().Contains(typeof(Y))</c> / <c>Any(i =&gt; i == typeof(Y))</c>. <c>GetInterfaces()</c> lists every
/// interface, through base classes and other interfaces, which is what <c>must-implement</c> reads; an open generic
/// definition matches every construction of it, as a glob with the arity does.
/// </summary>
internal static class InterfaceAnyOf
{
    public static (TypeRequirement Requirement, string List)? Read(ForEachStatementSyntax loop, TestCodeArguments arguments)
    {
        var type = loop.Identifier.ValueText;
        var statements = loop.Statement is BlockSyntax block ? block.Statements.ToList() : [loop.Statement];
        var flags = new Dictionary<string, ExpressionSyntax>(System.StringComparer.Ordinal);
        while (statements is [LocalDeclarationStatementSyntax { Declaration.Variables: [{ Initializer.Value: var value } variable] }, ..])
        {
            flags[variable.Identifier.ValueText] = value;
            statements.RemoveAt(0);
        }

        if (statements is not [IfStatementSyntax { Else: null } check] || ConstructorLoop.AddsType(check.Statement) is not { } list)
        {
            return null;
        }

        var tests = NoneOf(check.Condition);
        if (tests is null)
        {
            return null;
        }

        var interfaces = new List<string>();
        foreach (var test in tests)
        {
            var implemented = test is IdentifierNameSyntax flag && flags.TryGetValue(flag.Identifier.ValueText, out var held) ? held : test;
            if (Implements(implemented, type, arguments) is not { } name)
            {
                return null;
            }

            interfaces.Add(name);
        }

        return (new ImplementsOneOfRequirement(string.Join(",", interfaces.Distinct())), list);
    }

    // !a && !b && !c, or !(a || b || c): the tests a failing type fails every one of.
    private static List<ExpressionSyntax>? NoneOf(ExpressionSyntax condition)
    {
        condition = Unparenthesized(condition);
        if (condition is PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalNotExpression, Operand: var negated } && Unparenthesized(negated) is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalOrExpression } or)
        {
            return Disjuncts(or);
        }

        var tests = new List<ExpressionSyntax>();
        foreach (var conjunct in Conjuncts(condition))
        {
            if (conjunct is not PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalNotExpression, Operand: var operand })
            {
                return null;
            }

            tests.Add(Unparenthesized(operand));
        }

        return tests;
    }

    // type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(X<>)), .Any(i => i == typeof(Y)), .Contains(typeof(Y)).
    private static string? Implements(ExpressionSyntax test, string type, TestCodeArguments arguments)
    {
        if (test is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: var method, Expression: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetInterfaces", Expression: IdentifierNameSyntax owner }, ArgumentList.Arguments: [] } }, ArgumentList.Arguments: [{ Expression: var argument }] }
            || owner.Identifier.ValueText != type)
        {
            return null;
        }

        if (method == "Contains")
        {
            return Closed(argument, arguments);
        }

        if (method != "Any" || argument is not SimpleLambdaExpressionSyntax { ExpressionBody: { } body } lambda)
        {
            return null;
        }

        var candidate = lambda.Parameter.Identifier.ValueText;
        var conjuncts = Conjuncts(body);
        switch (conjuncts)
        {
            case [BinaryExpressionSyntax { RawKind: (int)SyntaxKind.EqualsExpression } equals] when equals.Left is IdentifierNameSyntax named && named.Identifier.ValueText == candidate:
                return Closed(equals.Right, arguments);
            case [var first, var second]:
                var definition = IsGenericTest(first, candidate) ? second : IsGenericTest(second, candidate) ? first : null;
                return definition is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.EqualsExpression, Left: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetGenericTypeDefinition", Expression: IdentifierNameSyntax of }, ArgumentList.Arguments: [] }, Right: var compared }
                    && of.Identifier.ValueText == candidate
                    ? Open(compared, arguments)
                    : null;
            default:
                return null;
        }
    }

    private static bool IsGenericTest(ExpressionSyntax test, string candidate) =>
        test is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax owner, Name.Identifier.ValueText: "IsGenericType" } && owner.Identifier.ValueText == candidate;

    // typeof(X<>): every construction of X. A closed typeof(X<A>) never equals a definition: the test would fail every type.
    private static string? Open(ExpressionSyntax compared, TestCodeArguments arguments)
    {
        if (arguments.TypeOf(compared) is not { } typeOf)
        {
            return null;
        }

        if (typeOf.Type is not GenericNameSyntax generic || generic.TypeArgumentList.Arguments.Any(a => a is not OmittedTypeArgumentSyntax))
        {
            throw new UntranslatableException($"'GetGenericTypeDefinition() == {typeOf}' compares a generic definition with a type that is not one, so it never holds and every type fails the test; write 'typeof({(typeOf.Type is GenericNameSyntax g ? g.Identifier.ValueText : typeOf.Type.ToString())}<>)'");
        }

        return Interface(arguments.Type(typeOf.Type), typeOf);
    }

    // typeof(Y), non-generic: a closed construction would need generic arguments, which must-implement does not read.
    private static string? Closed(ExpressionSyntax compared, TestCodeArguments arguments)
    {
        if (arguments.TypeOf(compared) is not { } typeOf)
        {
            return null;
        }

        if (typeOf.Type is GenericNameSyntax)
        {
            throw new UntranslatableException($"the test looks for the interface '{typeOf.Type}' with its generic arguments; TechLead's 'must-implement' names a generic interface by its definition (any arguments)");
        }

        return Interface(arguments.Type(typeOf.Type), typeOf);
    }

    private static string Interface(ResolvedType type, TypeOfExpressionSyntax written) => type.IsInterface
        ? type.FullName
        : throw new UntranslatableException($"'{written}' is not an interface: 'GetInterfaces()' never lists it, so the test fails every type for it");
}

/// <summary><c>must-implement</c> with <c>type</c> a list: each selected type implements at least one of them (rules/0063).</summary>
/// <param name="Interfaces">The interfaces' full names (TechLead spelling), comma-separated.</param>
internal sealed record ImplementsOneOfRequirement(string Interfaces) : TypeRequirement("must-implement", "type", Interfaces)
{
    public override RuleDraft ToRule(string id, YamlDraftNode types)
    {
        var interfaces = Interfaces.Split(',');
        var rule = new RuleDraft(id, "must-implement").With("types", types);
        return interfaces.Length == 1 ? rule.With("type", interfaces[0]) : rule.With("type", interfaces.ToList());
    }
}
