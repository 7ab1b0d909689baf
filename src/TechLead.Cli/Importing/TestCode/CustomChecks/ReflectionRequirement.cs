using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TechLead.Rules.Writing;
using static TechLead.Cli.Importing.TestCode.CustomChecks.LogicalOperands;

namespace TechLead.Cli.Importing.TestCode.CustomChecks;

/// <summary>
/// A condition true for a <em>failing</em> type read as a requirement beyond the single tests of <see cref="TypePredicate"/>
/// (rules/0067): a static class (<c>!t.IsAbstract || !t.IsSealed</c>), a type assignable to X
/// (<c>!typeof(X).IsAssignableFrom(t)</c>), and one such test joined with <c>&amp;&amp;</c> to selection tests
/// (<c>!t.IsSealed &amp;&amp; !isRecord</c>: the types that are not records must be sealed), the selection tests narrowing
/// the checked types.
/// </summary>
internal static class ReflectionRequirement
{
    /// <summary>Every class that is abstract and sealed in IL is a static class, and only those are.</summary>
    public static readonly TypeRequirement Static = new("modifiers", "static", "true");

    public static TypeRequirement? OfFailure(ExpressionSyntax condition, string variable, TestCodeArguments arguments, IReadOnlyDictionary<string, ExpressionSyntax>? locals = null)
    {
        if ((Single(condition, variable, arguments) ?? NameNotAnyOf(condition, variable, locals)) is { } single)
        {
            return single;
        }

        var conjuncts = Conjuncts(condition);
        if (conjuncts.Count < 2)
        {
            return null;
        }

        var predicate = new ReflectionPredicate(variable, arguments, locals);
        foreach (var check in conjuncts)
        {
            if (Single(check, variable, arguments) is not { } requirement)
            {
                continue;
            }

            // The other tests, true for every failing type, narrow the checked types: a type they leave out never fails.
            var narrowing = conjuncts.Where(c => c != check).Select(predicate.Selecting).Aggregate(TypeCondition.Everything, (all, next) => all.And(next));
            return requirement is NarrowedRequirement narrowed
                ? new NarrowedRequirement(narrowed.Inner, narrowed.Narrowing.And(narrowing))
                : new NarrowedRequirement(requirement, narrowing);
        }

        return null;
    }

    private static TypeRequirement? Single(ExpressionSyntax condition, string variable, TestCodeArguments arguments) =>
        TypePredicate.OfFailure(condition, variable) ?? (IsNotStatic(condition, variable) ? Static : null) ?? NotAssignable(condition, variable, arguments);

    // !hasVerb where hasVerb = name.StartsWith("Get") || name.StartsWith("Create") || ... and name = t.Name: the name must
    // match one of the tests (each a literal, all with the same case rule), as one 'naming' pattern.
    private static TypeRequirement? NameNotAnyOf(ExpressionSyntax condition, string variable, IReadOnlyDictionary<string, ExpressionSyntax>? locals)
    {
        ExpressionSyntax Local(ExpressionSyntax expression) =>
            Unparenthesized(expression) is IdentifierNameSyntax name && locals is not null && locals.TryGetValue(name.Identifier.ValueText, out var value) ? Unparenthesized(value) : Unparenthesized(expression);

        if (Local(condition) is not PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalNotExpression, Operand: var operand })
        {
            return null;
        }

        var patterns = new List<string>();
        var ignoreCase = new HashSet<bool>();
        foreach (var test in Disjuncts(Local(operand)))
        {
            if (test is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: var method and ("EndsWith" or "StartsWith" or "Contains"), Expression: var owner } } call
                || Local(owner) is not MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax type, Name.Identifier.ValueText: "Name" } || type.Identifier.ValueText != variable
                || call.ArgumentList.Arguments is not [{ Expression: LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal }, ..]
                || TypePredicate.Comparison(call.ArgumentList.Arguments.Skip(1).ToList()) is not { } caseless)
            {
                return null;
            }

            patterns.Add(TypePredicate.NamePattern(method, literal.Token.ValueText, ignoreCase: false, mustHold: true));
            ignoreCase.Add(caseless);
        }

        if (patterns.Count < 2 || ignoreCase.Count != 1)
        {
            return null;
        }

        var any = patterns.All(p => p.StartsWith('^')) ? "^(?:" + string.Join("|", patterns.Select(p => p[1..])) + ")" : "(?:" + string.Join("|", patterns) + ")";
        return TypeRequirement.Naming((ignoreCase.Single() ? "(?i)" : string.Empty) + any);
    }

    // !t.IsAbstract || !t.IsSealed, or !(t.IsAbstract && t.IsSealed).
    private static bool IsNotStatic(ExpressionSyntax condition, string variable)
    {
        condition = Unparenthesized(condition);
        var negatedFlags = condition is PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalNotExpression, Operand: var operand }
            ? Conjuncts(operand).Select(c => Flag(c, variable)).ToList()
            : Disjuncts(condition).Select(d => d is PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalNotExpression, Operand: var flag } ? Flag(Unparenthesized(flag), variable) : null).ToList();
        return negatedFlags.Count == 2 && negatedFlags.Contains("IsAbstract") && negatedFlags.Contains("IsSealed");
    }

    private static string? Flag(ExpressionSyntax test, string variable) =>
        test is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax owner, Name.Identifier.ValueText: var flag } && owner.Identifier.ValueText == variable ? flag : null;

    // !typeof(X).IsAssignableFrom(t) or !t.IsAssignableTo(typeof(X)): must implement (inherit) X; X itself passes, so it is not checked.
    private static NarrowedRequirement? NotAssignable(ExpressionSyntax condition, string variable, TestCodeArguments arguments)
    {
        if (Unparenthesized(condition) is not PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalNotExpression, Operand: var operand }
            || Unparenthesized(operand) is not InvocationExpressionSyntax call
            || AssignabilityTest.Read(call, variable, arguments, "IsAssignableFrom", "IsAssignableTo") is not { TypeOf: var typeOf } test)
        {
            return null;
        }

        if (test.IsOpenGeneric)
        {
            throw new UntranslatableException($"'{operand}' tests a type against the generic definition '{typeOf}', which no type is assigned to, so every type fails it");
        }

        var resolved = arguments.Type(typeOf.Type);
        var itself = TypeCondition.Where(("full-name-matches", "^" + Regex.Escape(resolved.FullName) + "$"));
        return new NarrowedRequirement(new TypeRequirement(resolved.IsInterface ? "must-implement" : "must-inherit", "type", resolved.FullName), TypeCondition.Except(itself));
    }
}

/// <summary>A requirement checked on fewer types than the selection: those <paramref name="Narrowing"/> selects.</summary>
internal sealed record NarrowedRequirement(TypeRequirement Inner, TypeCondition Narrowing) : TypeRequirement(Inner.Kind, Inner.Key, Inner.Value)
{
    public override RuleDraft ToRule(string id, YamlDraftNode types) => Inner.ToRule(id, types);
}
