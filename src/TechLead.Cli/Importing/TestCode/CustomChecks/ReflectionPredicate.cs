using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TechLead.Cli.Importing.TestCode.CustomChecks;

/// <summary>
/// A reflection test on one type (<c>t.IsClass &amp;&amp; !t.IsAbstract</c>, <c>t.Name.EndsWith("Event")</c>,
/// <c>typeof(IDomainEvent).IsAssignableFrom(t)</c>) read as the <see cref="TypeCondition"/> TechLead selectors say with the
/// same meaning (rules/0067), joined with <c>&amp;&amp;</c>, <c>||</c>, <c>!</c> and parentheses; any other test is refused
/// with an <see cref="UntranslatableException"/> that quotes it. Reflection's flags read the IL: <c>IsAbstract</c> and
/// <c>IsSealed</c> are also true for a static class, <c>IsClass</c> for records and delegates.
/// </summary>
internal sealed class ReflectionPredicate(string variable, TestCodeArguments arguments, IReadOnlyDictionary<string, ExpressionSyntax>? locals = null)
{
    private const int MaxLocalDepth = 4;

    /// <summary>The types for which <paramref name="condition"/> holds.</summary>
    public TypeCondition Selecting(ExpressionSyntax condition) => Read(condition, 0).Holds;

    /// <summary>The types for which <paramref name="condition"/> does not hold.</summary>
    public TypeCondition NotSelecting(ExpressionSyntax condition) => Read(condition, 0).Fails;

    private Reading Read(ExpressionSyntax condition, int depth)
    {
        switch (condition)
        {
            case ParenthesizedExpressionSyntax parenthesized:
                return Read(parenthesized.Expression, depth);
            case PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalNotExpression } not:
                return Read(not.Operand, depth).Negated;
            case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalAndExpression } and:
                var (left, right) = (Read(and.Left, depth), Read(and.Right, depth));
                return new Reading(left.Holds.And(right.Holds), left.Fails.Or(right.Fails));
            case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalOrExpression } or:
                var (first, second) = (Read(or.Left, depth), Read(or.Right, depth));
                return new Reading(first.Holds.Or(second.Holds), first.Fails.And(second.Fails));
            case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.EqualsExpression or (int)SyntaxKind.NotEqualsExpression, Right: LiteralExpressionSyntax { RawKind: (int)SyntaxKind.TrueLiteralExpression } } comparison:
                // t.Namespace?.StartsWith("X") == true: false when the namespace is null (the global namespace), as the selector is.
                var compared = Read(comparison.Left, depth);
                return comparison.IsKind(SyntaxKind.EqualsExpression) ? compared : compared.Negated;
            case IdentifierNameSyntax local when locals is not null && depth < MaxLocalDepth && locals.TryGetValue(local.Identifier.ValueText, out var value):
                return Read(value, depth + 1);
            default:
                return Atom(condition) ?? throw new UntranslatableException($"the types are selected in C# with '{condition}', which no TechLead selector says with the same meaning");
        }
    }

    private Reading? Atom(ExpressionSyntax test)
    {
        if (Flag(test) is { } flag)
        {
            return flag;
        }

        if (test is InvocationExpressionSyntax call)
        {
            return NameTest(call) ?? AssignableTest(call) ?? CompilerGenerated(call);
        }

        if (test is ConditionalAccessExpressionSyntax { WhenNotNull: InvocationExpressionSyntax bound })
        {
            return NameTest(bound);
        }

        if (test is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.EqualsExpression or (int)SyntaxKind.NotEqualsExpression } equality && Equality(equality) is { } equals)
        {
            return equals;
        }

        // t.GetProperty("EqualityContract", BindingFlags.NonPublic | BindingFlags.Instance) != null: the property C# gives every record class.
        if (test is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.NotEqualsExpression or (int)SyntaxKind.EqualsExpression, Right: LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NullLiteralExpression } } nullTest)
        {
            var record = IsEqualityContract(nullTest.Left) ? Reading.Of(TypeCondition.Where(("kind", "record"))) : null;
            return record is null ? null : nullTest.IsKind(SyntaxKind.NotEqualsExpression) ? record : record.Negated;
        }

        return null;
    }

    // t.IsClass, t.IsInterface, t.IsAbstract, t.IsSealed, t.IsEnum.
    private Reading? Flag(ExpressionSyntax test)
    {
        if (test is not MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax owner, Name.Identifier.ValueText: var flag } || owner.Identifier.ValueText != variable)
        {
            return null;
        }

        return flag switch
        {
            // Classes, records and delegates: every type but interfaces, structs and enums (a record struct is a 'record' to TechLead; rules/0067).
            "IsClass" => Reading.Of(TypeCondition.AnyOf(("kind", "interface"), ("kind", "struct"), ("kind", "enum"))).Negated,
            "IsInterface" => Reading.Of(TypeCondition.Where(("kind", "interface"))),
            "IsEnum" => Reading.Of(TypeCondition.Where(("kind", "enum"))),

            // The IL flags: a static class is abstract and sealed there, TechLead's 'abstract' and 'sealed' leave it out.
            "IsAbstract" => new Reading(TypeCondition.AnyOf(("abstract", "true"), ("static", "true")), TypeCondition.Where(("abstract", "false"), ("static", "false"))),
            "IsSealed" => new Reading(TypeCondition.AnyOf(("sealed", "true"), ("static", "true")), TypeCondition.Where(("sealed", "false"), ("static", "false"))),
            "IsPublic" or "IsNotPublic" or "IsNestedPublic" or "IsNested" or "IsVisible" => throw new UntranslatableException(
                $"the types are selected in C# with '{test}': reflection's '{flag}' tells a nested type from one that is not, and TechLead's 'visibility' reads the accessibility each type declares, nested or not"),
            _ => null,
        };
    }

    // t.Name.EndsWith("X"), StartsWith, Contains, ordinal or ignoring case; t.Namespace.StartsWith("X"); t.Namespace?.StartsWith("X")
    // (compared with true by the caller). A name test for '<' or '>' holds only for what the compiler generates.
    private Reading? NameTest(InvocationExpressionSyntax call)
    {
        var (method, owner) = call.Expression switch
        {
            MemberAccessExpressionSyntax member => (member.Name.Identifier.ValueText, member.Expression),
            MemberBindingExpressionSyntax binding when call.Parent is ConditionalAccessExpressionSyntax conditional && conditional.WhenNotNull == call => (binding.Name.Identifier.ValueText, conditional.Expression),
            _ => (string.Empty, null),
        };
        if (method is not ("EndsWith" or "StartsWith" or "Contains") || owner is null || Part(owner) is not { } key
            || call.ArgumentList.Arguments is not [{ Expression: LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal }, ..]
            || TypePredicate.Comparison(call.ArgumentList.Arguments.Skip(1).ToList()) is not { } ignoreCase)
        {
            return null;
        }

        var text = literal.Token.ValueText;
        if (key == "name-matches" && (text.Contains('<') || text.Contains('>')))
        {
            return new Reading(TypeCondition.Nothing, TypeCondition.Everything);
        }

        return Reading.Of(TypeCondition.Where((key, TypePredicate.NamePattern(method, text, ignoreCase, mustHold: true))));
    }

    // t.Name == "X", t.Namespace == "X", t.Namespace != null (the global namespace's types have none), t == typeof(X).
    private Reading? Equality(BinaryExpressionSyntax comparison)
    {
        if (comparison.Left is IdentifierNameSyntax type && type.Identifier.ValueText == variable && arguments.TypeOf(comparison.Right) is { } typeOf)
        {
            var itself = Reading.Of(TypeCondition.Where(("full-name-matches", "^" + Regex.Escape(arguments.Type(typeOf.Type).FullName) + "$")));
            return comparison.IsKind(SyntaxKind.EqualsExpression) ? itself : itself.Negated;
        }

        if (Part(comparison.Left) is not { } key)
        {
            return null;
        }

        Reading? equal = comparison.Right switch
        {
            LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal when key == "name-matches" => Reading.Of(TypeCondition.Where(("name-matches", "^" + Regex.Escape(literal.Token.ValueText) + "$"))),
            LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal => Reading.Of(TypeCondition.Where(("namespace-matches", "^" + Regex.Escape(literal.Token.ValueText) + "$"))),
            LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NullLiteralExpression } when key == "namespace-matches" => Reading.Of(TypeCondition.Where(("namespace-matches", "^$"))),
            _ => null,
        };
        return equal is null ? null : comparison.IsKind(SyntaxKind.EqualsExpression) ? equal : equal.Negated;
    }

    // t.Name or t.Namespace: the selector key that matches a regular expression over it.
    private string? Part(ExpressionSyntax owner) => owner switch
    {
        MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax type, Name.Identifier.ValueText: "Name" } when type.Identifier.ValueText == variable => "name-matches",
        MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax type, Name.Identifier.ValueText: "Namespace" } when type.Identifier.ValueText == variable => "namespace-matches",
        PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression, Operand: var operand } => Part(operand),
        _ => null,
    };

    // typeof(X).IsAssignableFrom(t), t.IsAssignableTo(typeof(X)), t.IsSubclassOf(typeof(X)).
    private Reading? AssignableTest(InvocationExpressionSyntax call)
    {
        if (AssignabilityTest.Read(call, variable, arguments, "IsAssignableFrom", "IsAssignableTo", "IsSubclassOf") is not { Method: var method, TypeOf: var typeOf } test)
        {
            return null;
        }

        if (test.IsOpenGeneric)
        {
            throw new UntranslatableException($"'{call}' tests a type against the generic definition '{typeOf}', which no type is assigned to or derives from, so it never holds: the test checks nothing");
        }

        var resolved = arguments.Type(typeOf.Type);
        var key = resolved.IsInterface ? "implements" : "inherits";
        if (method == "IsSubclassOf")
        {
            return resolved.IsInterface
                ? throw new UntranslatableException($"'{call}' is never true: 'IsSubclassOf' follows base classes only, and '{resolved.FullName}' is an interface")
                : Reading.Of(TypeCondition.Where(("inherits", resolved.FullName)));
        }

        // Assignable to X: X itself, or a type with X among its base classes or interfaces.
        var itself = TypeCondition.Where([("full-name-matches", "^" + Regex.Escape(resolved.FullName) + "$"), .. resolved.IsInterface ? [("kind", "interface")] : System.Array.Empty<(string, string)>()]);
        return Reading.Of(TypeCondition.Where((key, resolved.FullName)).Or(itself));
    }

    // !t.IsDefined(typeof(CompilerGeneratedAttribute)), !t.Name.Contains("<"): TechLead never selects what the compiler generates.
    private Reading? CompilerGenerated(InvocationExpressionSyntax call)
    {
        var isDefined = call.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "IsDefined", Expression: IdentifierNameSyntax owner }
            && owner.Identifier.ValueText == variable
            && call.ArgumentList.Arguments is [{ Expression: TypeOfExpressionSyntax typeOf }, ..]
            && typeOf.Type.ToString() is "CompilerGeneratedAttribute" or "System.Runtime.CompilerServices.CompilerGeneratedAttribute";
        return isDefined ? new Reading(TypeCondition.Nothing, TypeCondition.Everything) : null;
    }

    private bool IsEqualityContract(ExpressionSyntax expression) =>
        expression is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetProperty", Expression: IdentifierNameSyntax owner }, ArgumentList.Arguments: [{ Expression: LiteralExpressionSyntax { Token.ValueText: "EqualityContract" } }, { Expression: var flags }] }
        && owner.Identifier.ValueText == variable
        && BindingFlagsLiteral.Names(flags) is { } names && names.Contains("NonPublic") && names.Contains("Instance");

    private sealed record Reading(TypeCondition Holds, TypeCondition Fails)
    {
        public Reading Negated => new(Fails, Holds);

        public static Reading Of(TypeCondition holds) => new(holds, TypeCondition.Except(holds));
    }
}
