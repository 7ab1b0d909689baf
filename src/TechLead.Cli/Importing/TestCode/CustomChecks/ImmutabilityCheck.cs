using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static TechLead.Cli.Importing.TestCode.CustomChecks.LogicalOperands;

namespace TechLead.Cli.Importing.TestCode.CustomChecks;

/// <summary>
/// Immutability checked with reflection, read as <c>modifiers</c> with <c>immutable: public-members</c> (rules/0062) only
/// where it means exactly that: <c>t.GetFields().Any(f =&gt; !f.IsInitOnly) || t.GetProperties().Any(p =&gt; p.CanWrite)</c>
/// true for a failing type (or its negation, <c>All(f =&gt; f.IsInitOnly) &amp;&amp; All(p =&gt; !p.CanWrite)</c>, for a passing
/// one), with <c>SetMethod != null</c> or <c>GetSetMethod(true) != null</c> for <c>CanWrite</c>, <c>!f.IsLiteral</c> beside
/// <c>!f.IsInitOnly</c>, and no binding flags or <c>Public | Instance | Static</c>. Any other variant is told apart by
/// <see cref="Difference"/>, which names what it checks differently.
/// </summary>
internal static class ImmutabilityCheck
{
    /// <summary>The requirement a condition true for a <em>failing</em> type states, or null.</summary>
    public static TypeRequirement? OfFailure(ExpressionSyntax condition, string type) => Requirement(Failure(condition, type));

    /// <summary>The requirement a condition true for a <em>passing</em> type states, or null.</summary>
    public static TypeRequirement? OfSuccess(ExpressionSyntax condition, string type) => Requirement(Success(condition, type));

    /// <summary>
    /// How the first reflection immutability check in <paramref name="code"/> differs from <c>immutable: public-members</c>
    /// (<c>'GetFields(BindingFlags.Public | BindingFlags.Instance)' leaves out static fields</c>), or null when none is read.
    /// </summary>
    public static string? Difference(IEnumerable<SyntaxNode> code)
    {
        foreach (var candidate in code.SelectMany(c => c.DescendantNodesAndSelf()).OfType<ExpressionSyntax>().Where(IsOutermostCondition))
        {
            var parts = Failure(candidate, type: null) ?? Success(candidate, type: null);
            if (parts is { Count: > 0 } && Differs(parts) is { } difference)
            {
                return difference;
            }
        }

        return null;
    }

    private static TypeRequirement? Requirement(List<Part>? parts) =>
        parts is { Count: > 0 } && Differs(parts) is null ? TypeRequirement.PublicMembersImmutable : null;

    private static string? Differs(List<Part> parts)
    {
        if (parts.FirstOrDefault(p => p.Difference is not null) is { Difference: { } difference })
        {
            return difference;
        }

        if (!parts.Any(p => p.Properties))
        {
            return "it checks only the public fields, not whether a public property has a setter";
        }

        return parts.Any(p => !p.Properties) ? null : "it checks only the public properties, not whether a public field is readonly";
    }

    // A condition not inside a larger one: the if's condition, the lambda's body.
    private static bool IsOutermostCondition(ExpressionSyntax expression) =>
        expression is BinaryExpressionSyntax or InvocationExpressionSyntax or PrefixUnaryExpressionSyntax
        && expression.Parent is not (BinaryExpressionSyntax or ParenthesizedExpressionSyntax or PrefixUnaryExpressionSyntax or MemberAccessExpressionSyntax or ConditionalAccessExpressionSyntax)
        && !(expression.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax } });

    // Parts of a condition that is true for a failing type: a || b, !success, members.Any(breaks).
    private static List<Part>? Failure(ExpressionSyntax condition, string? type)
    {
        switch (condition)
        {
            case ParenthesizedExpressionSyntax parenthesized:
                return Failure(parenthesized.Expression, type);
            case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalOrExpression } or:
                return Both(Failure(or.Left, type), Failure(or.Right, type));
            case PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalNotExpression } not:
                return Success(not.Operand, type);
            default:
                return Quantified(condition, type, "Any") is var (members, test, variable) ? [Judge(members, test, variable, failing: true)] : null;
        }
    }

    // Parts of a condition that is true for a passing type: a && b, !failure, members.All(keeps).
    private static List<Part>? Success(ExpressionSyntax condition, string? type)
    {
        switch (condition)
        {
            case ParenthesizedExpressionSyntax parenthesized:
                return Success(parenthesized.Expression, type);
            case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalAndExpression } and:
                return Both(Success(and.Left, type), Success(and.Right, type));
            case PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalNotExpression } not:
                return Failure(not.Operand, type);
            default:
                return Quantified(condition, type, "All") is var (members, test, variable) ? [Judge(members, test, variable, failing: false)] : null;
        }
    }

    private static List<Part>? Both(List<Part>? left, List<Part>? right) => left is null || right is null ? null : [.. left, .. right];

    // t.GetFields(flags).Any(f => test) or t.GetProperties(flags).All(p => test).
    private static (InvocationExpressionSyntax Members, ExpressionSyntax Test, string Variable)? Quantified(ExpressionSyntax condition, string? type, string quantifier)
    {
        if (condition is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: var name, Expression: InvocationExpressionSyntax members }, ArgumentList.Arguments: [{ Expression: LambdaExpressionSyntax lambda }] }
            || name != quantifier
            || members.Expression is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetFields" or "GetProperties", Expression: IdentifierNameSyntax owner }
            || (type is not null && owner.Identifier.ValueText != type))
        {
            return null;
        }

        return lambda switch
        {
            SimpleLambdaExpressionSyntax { ExpressionBody: { } body } simple => (members, body, simple.Parameter.Identifier.ValueText),
            ParenthesizedLambdaExpressionSyntax { ParameterList.Parameters: [var parameter], ExpressionBody: { } body } => (members, body, parameter.Identifier.ValueText),
            _ => null,
        };
    }

    private static Part Judge(InvocationExpressionSyntax members, ExpressionSyntax test, string variable, bool failing)
    {
        var properties = members.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetProperties" };
        var call = (members.Expression as MemberAccessExpressionSyntax)!.Name.Identifier.ValueText;
        if (FlagsDifference(members, call) is { } flags)
        {
            return new Part(properties, flags);
        }

        var written = test.ToString();
        var breaks = failing ? test : Negate(test);
        if (properties)
        {
            return breaks is not null && HasAnySetter(breaks, variable)
                ? new Part(true, null)
                : new Part(true, breaks is not null && HasPublicSetter(breaks, variable)
                    ? $"'{written}' counts only a public set or init accessor; 'immutable: public-members' counts one of any accessibility ('private set' too)"
                    : $"a property fails when '{written}' is {(failing ? "true" : "false")}, not exactly when it has a set or init accessor");
        }

        return breaks is not null && IsWritableField(breaks, variable)
            ? new Part(false, null)
            : new Part(false, $"a field fails when '{written}' is {(failing ? "true" : "false")}, not exactly when it is not readonly");
    }

    // What binding flags list, against the default Public | Instance | Static (FlattenHierarchy adds inherited statics, which the rule counts too).
    private static string? FlagsDifference(InvocationExpressionSyntax members, string call)
    {
        if (members.ArgumentList.Arguments is [])
        {
            return null;
        }

        var flags = members.ArgumentList.Arguments is [{ Expression: var only }] ? BindingFlagsLiteral.Names(only) : null;
        if (flags is null || flags.Any(f => f is not ("Public" or "NonPublic" or "Instance" or "Static" or "DeclaredOnly" or "FlattenHierarchy")))
        {
            return $"'{call}({members.ArgumentList.Arguments})' lists members the importer cannot tell from its flags";
        }

        var written = $"'{call}({members.ArgumentList.Arguments})'";
        return !flags.Contains("Public") ? $"{written} leaves out public members"
            : flags.Contains("NonPublic") ? $"{written} checks non-public members too"
            : flags.Contains("DeclaredOnly") ? $"{written} leaves out inherited members"
            : !flags.Contains("Instance") ? $"{written} leaves out instance members"
            : !flags.Contains("Static") ? $"{written} leaves out static members"
            : null;
    }

    // !f.IsInitOnly, f.IsInitOnly == false, optionally with !f.IsLiteral (a const is not state: rules/0062).
    private static bool IsWritableField(ExpressionSyntax breaks, string variable)
    {
        var conjuncts = Conjuncts(breaks).ToList();
        conjuncts.RemoveAll(c => IsFalse(c, variable, "IsLiteral"));
        return conjuncts is [var only] && IsFalse(only, variable, "IsInitOnly");
    }

    // p.CanWrite, p.SetMethod != null (is not null), p.GetSetMethod(true) != null.
    private static bool HasAnySetter(ExpressionSyntax breaks, string variable) => Unparenthesized(breaks) switch
    {
        MemberAccessExpressionSyntax access => IsMember(access, variable, "CanWrite"),
        var other => IsNotNull(other) is { } value && (value is MemberAccessExpressionSyntax setMethod && IsMember(setMethod, variable, "SetMethod")
            || value is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax getSetMethod, ArgumentList.Arguments: [{ Expression: LiteralExpressionSyntax { RawKind: (int)SyntaxKind.TrueLiteralExpression } }] } && IsMember(getSetMethod, variable, "GetSetMethod")),
    };

    // p.GetSetMethod() != null, p.SetMethod?.IsPublic == true: only a public accessor.
    private static bool HasPublicSetter(ExpressionSyntax breaks, string variable) =>
        IsNotNull(Unparenthesized(breaks)) is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax getSetMethod, ArgumentList.Arguments: [] or [{ Expression: LiteralExpressionSyntax { RawKind: (int)SyntaxKind.FalseLiteralExpression } }] }
        && IsMember(getSetMethod, variable, "GetSetMethod");

    // x != null, x is not null: x.
    private static ExpressionSyntax? IsNotNull(ExpressionSyntax expression) => expression switch
    {
        BinaryExpressionSyntax { RawKind: (int)SyntaxKind.NotEqualsExpression, Right: LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NullLiteralExpression } } binary => binary.Left,
        IsPatternExpressionSyntax { Pattern: UnaryPatternSyntax { Pattern: ConstantPatternSyntax { Expression: LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NullLiteralExpression } } } } pattern => pattern.Expression,
        _ => null,
    };

    // The test that fails a member, from one that keeps it: !x is x; a == null is a != null; a || b is !a && !b.
    private static ExpressionSyntax? Negate(ExpressionSyntax keeps)
    {
        switch (Unparenthesized(keeps))
        {
            case PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalNotExpression } not:
                return not.Operand;
            case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.EqualsExpression } equals:
                return SyntaxFactory.BinaryExpression(SyntaxKind.NotEqualsExpression, equals.Left, equals.Right);
            case IsPatternExpressionSyntax { Pattern: ConstantPatternSyntax constant } pattern:
                return SyntaxFactory.IsPatternExpression(pattern.Expression, SyntaxFactory.UnaryPattern(constant));
            case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalOrExpression } either when Negate(either.Left) is { } left && Negate(either.Right) is { } right:
                return SyntaxFactory.BinaryExpression(SyntaxKind.LogicalAndExpression, left, right);
            case MemberAccessExpressionSyntax flag:
                return SyntaxFactory.PrefixUnaryExpression(SyntaxKind.LogicalNotExpression, flag);
            default:
                return null;
        }
    }

    // !x.Flag or x.Flag == false.
    private static bool IsFalse(ExpressionSyntax test, string variable, string flag) => Unparenthesized(test) switch
    {
        PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalNotExpression, Operand: MemberAccessExpressionSyntax access } => IsMember(access, variable, flag),
        BinaryExpressionSyntax { RawKind: (int)SyntaxKind.EqualsExpression, Left: MemberAccessExpressionSyntax access, Right: LiteralExpressionSyntax { RawKind: (int)SyntaxKind.FalseLiteralExpression } } => IsMember(access, variable, flag),
        _ => false,
    };

    private static bool IsMember(MemberAccessExpressionSyntax access, string variable, string member) =>
        access.Expression is IdentifierNameSyntax owner && owner.Identifier.ValueText == variable && access.Name.Identifier.ValueText == member;

    /// <summary>One quantified check over the fields or the properties, and how it differs from the rule (null: it does not).</summary>
    private sealed record Part(bool Properties, string? Difference);
}
