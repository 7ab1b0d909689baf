using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static TechLead.Cli.Importing.TestCode.CustomChecks.LogicalOperands;

namespace TechLead.Cli.Importing.TestCode.CustomChecks;

/// <summary>
/// Custom code that fails a type lacking a constructor of some shape, read as a <see cref="MemberExistsRequirement"/>
/// (rules/0063). The constructors come from <c>type.GetConstructors(flags)</c>; one of them must pass a test made of
/// <c>c.IsPrivate</c> (or another visibility flag), <c>c.GetParameters().Length == 0</c> and an attribute lookup
/// (<c>GetCustomAttributes(typeof(X), false).Length &gt; 0</c>, <c>GetCustomAttribute&lt;X&gt;() != null</c>, <c>IsDefined</c>).
/// Shapes: a <c>foreach</c> setting a flag (with or without <c>break</c>) then <c>if (!flag) failing.Add(type)</c>;
/// <c>if (!ctors.Any(c =&gt; test)) failing.Add(type)</c>; and <c>Where(t =&gt; !t.GetConstructors(...).Any(...))</c>
/// asserted empty. A test that differs from a rule's meaning throws the exact difference.
/// </summary>
internal static class ConstructorExistence
{
    private static readonly string[] NonPublic = ["internal", "protected", "private", "protected-internal", "private-protected"];

    /// <summary>The requirement and the list the failing types are added to, or null when the loop is not of these shapes.</summary>
    public static (TypeRequirement Requirement, string List)? Read(ForEachStatementSyntax loop, TestCodeArguments arguments)
    {
        var type = loop.Identifier.ValueText;
        var statements = loop.Statement is BlockSyntax block ? block.Statements.ToList() : [loop.Statement];
        var locals = new Dictionary<string, ExpressionSyntax>(System.StringComparer.Ordinal);
        string? flag = null;
        ExpressionSyntax? found = null;
        while (statements is [LocalDeclarationStatementSyntax { Declaration.Variables: [{ Initializer.Value: var value } variable] }, ..])
        {
            var name = variable.Identifier.ValueText;
            if (value is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.FalseLiteralExpression })
            {
                flag = name;
            }
            else if (AnyConstructor(value, type, locals) is not null)
            {
                // bool has = type.GetConstructors(...).Any(c => ...): the flag and its value in one.
                flag = name;
                found = value;
            }
            else
            {
                locals[name] = value;
            }

            statements.RemoveAt(0);
        }

        if (flag is null || statements.Count == 0 || statements[^1] is not IfStatementSyntax { Else: null } last
            || Unparenthesized(last.Condition) is not PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalNotExpression, Operand: IdentifierNameSyntax tested }
            || tested.Identifier.ValueText != flag || ConstructorLoop.AddsType(last.Statement) is not { } list)
        {
            return statements is [IfStatementSyntax { Else: null } check] && ConstructorLoop.AddsType(check.Statement) is { } direct
                && OfFailure(check.Condition, type, arguments, locals) is { } requirement
                ? (requirement, direct)
                : null;
        }

        if (found is not null)
        {
            return statements.Count == 1 ? (FromAny(found, type, arguments, locals)!, list) : null;
        }

        // foreach (var c in constructors) { [var a = c.GetCustomAttributes(...);] if (test) { has = true; [break;] } }
        if (statements is not [ForEachStatementSyntax inner, _] || Constructors(inner.Expression, type, locals) is not { } listed)
        {
            return null;
        }

        var body = inner.Statement is BlockSyntax innerBlock ? innerBlock.Statements.ToList() : [inner.Statement];
        var innerLocals = new Dictionary<string, ExpressionSyntax>(locals, System.StringComparer.Ordinal);
        while (body is [LocalDeclarationStatementSyntax { Declaration.Variables: [{ Initializer.Value: var held } local] }, ..])
        {
            innerLocals[local.Identifier.ValueText] = held;
            body.RemoveAt(0);
        }

        return body is [IfStatementSyntax { Else: null } test] && SetsFlag(test.Statement, flag)
            ? (Requirement(test.Condition, inner.Identifier.ValueText, listed, arguments, innerLocals), list)
            : null;
    }

    /// <summary>The requirement a condition true for a <em>failing</em> type states (<c>!t.GetConstructors(...).Any(c =&gt; ...)</c>), or null.</summary>
    public static TypeRequirement? OfFailure(ExpressionSyntax condition, string type, TestCodeArguments arguments) =>
        OfFailure(condition, type, arguments, new Dictionary<string, ExpressionSyntax>(System.StringComparer.Ordinal));

    /// <summary>The requirement a condition true for a <em>passing</em> type states (<c>t.GetConstructors(...).Any(c =&gt; ...)</c>), or null.</summary>
    public static TypeRequirement? OfSuccess(ExpressionSyntax condition, string type, TestCodeArguments arguments) =>
        FromAny(Unparenthesized(condition), type, arguments, new Dictionary<string, ExpressionSyntax>(System.StringComparer.Ordinal));

    private static MemberExistsRequirement? OfFailure(ExpressionSyntax condition, string type, TestCodeArguments arguments, Dictionary<string, ExpressionSyntax> locals) =>
        Unparenthesized(condition) is PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalNotExpression, Operand: var operand }
            ? FromAny(Unparenthesized(operand), type, arguments, locals)
            : null;

    // constructors.Any(c => test)
    private static MemberExistsRequirement? FromAny(ExpressionSyntax any, string type, TestCodeArguments arguments, Dictionary<string, ExpressionSyntax> locals) =>
        AnyConstructor(any, type, locals) is var (listed, lambda) ? Requirement(lambda.Body, lambda.Parameter, listed, arguments, locals) : null;

    private static (ReflectedConstructors Listed, (string Parameter, ExpressionSyntax Body) Lambda)? AnyConstructor(ExpressionSyntax expression, string type, Dictionary<string, ExpressionSyntax> locals) =>
        expression is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Any", Expression: var source }, ArgumentList.Arguments: [{ Expression: SimpleLambdaExpressionSyntax { ExpressionBody: { } body } lambda }] }
        && Constructors(source, type, locals) is { } listed
            ? (listed, (lambda.Parameter.Identifier.ValueText, body))
            : null;

    // What one constructor must be for the type to pass, from the conjuncts of the test.
    private static MemberExistsRequirement Requirement(ExpressionSyntax test, string constructor, ReflectedConstructors listed, TestCodeArguments arguments, Dictionary<string, ExpressionSyntax> locals)
    {
        string? visibility = null;
        var noParameters = false;
        var attribute = string.Empty;
        foreach (var conjunct in Conjuncts(test))
        {
            if (VisibilityFlag(conjunct, constructor) is { } flagged && visibility is null)
            {
                visibility = flagged;
            }
            else if (IsParameterless(conjunct, constructor) && !noParameters)
            {
                noParameters = true;
            }
            else if (Attribute(conjunct, constructor, arguments, locals) is { } name && attribute.Length == 0)
            {
                attribute = name;
            }
            else
            {
                throw new UntranslatableException($"checks in C# that each type has a constructor meeting '{test}'; the importer reads a test made of a visibility flag ('c.IsPrivate'), 'c.GetParameters().Length == 0' and one attribute lookup joined with '&&', and '{conjunct}' is not one of them");
            }
        }

        if (visibility is null)
        {
            visibility = (listed.Public, listed.NonPublic) switch
            {
                (true, true) => string.Empty,
                (true, false) => "public",
                _ => string.Join(",", NonPublic),
            };
        }
        else if (visibility == "public" ? !listed.Public : !listed.NonPublic)
        {
            throw new UntranslatableException($"the constructors are listed without 'BindingFlags.{(visibility == "public" ? "Public" : "NonPublic")}', so none is {visibility.Replace('-', ' ')} and every type fails the test; fix the test's binding flags");
        }

        return new MemberExistsRequirement(visibility, !listed.Static, noParameters, attribute);
    }

    private static string? VisibilityFlag(ExpressionSyntax test, string constructor) =>
        test is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax owner, Name.Identifier.ValueText: var flag } && owner.Identifier.ValueText == constructor
            ? flag switch
            {
                "IsPrivate" => "private",
                "IsPublic" => "public",
                "IsFamily" => "protected",
                "IsAssembly" => "internal",
                "IsFamilyOrAssembly" => "protected-internal",
                "IsFamilyAndAssembly" => "private-protected",
                _ => null,
            }
            : null;

    // c.GetParameters().Length == 0, .Length < 1, .Count() == 0, !c.GetParameters().Any()
    private static bool IsParameterless(ExpressionSyntax test, string constructor) => test switch
    {
        BinaryExpressionSyntax { RawKind: (int)SyntaxKind.EqualsExpression, Left: var counted, Right: LiteralExpressionSyntax { Token.ValueText: "0" } } => Counts(counted, constructor),
        BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LessThanExpression, Left: var counted, Right: LiteralExpressionSyntax { Token.ValueText: "1" } } => Counts(counted, constructor),
        PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalNotExpression, Operand: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Any", Expression: var parameters }, ArgumentList.Arguments: [] } } => IsGetParameters(parameters, constructor),
        _ => false,
    };

    private static bool Counts(ExpressionSyntax counted, string constructor) => counted switch
    {
        MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Length", Expression: var parameters } => IsGetParameters(parameters, constructor),
        InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Count", Expression: var parameters }, ArgumentList.Arguments: [] } => IsGetParameters(parameters, constructor),
        _ => false,
    };

    private static bool IsGetParameters(ExpressionSyntax expression, string constructor) =>
        expression is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetParameters", Expression: IdentifierNameSyntax owner }, ArgumentList.Arguments: [] }
        && owner.Identifier.ValueText == constructor;

    // The attribute a lookup asks for: GetCustomAttributes(typeof(X), b).Length > 0 (or != 0, >= 1, Any()), a local holding
    // that array, GetCustomAttribute<X>() != null, GetCustomAttribute(typeof(X)) is not null, IsDefined(typeof(X), b).
    private static string? Attribute(ExpressionSyntax test, string constructor, TestCodeArguments arguments, Dictionary<string, ExpressionSyntax> locals)
    {
        switch (test)
        {
            case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.GreaterThanExpression or (int)SyntaxKind.NotEqualsExpression, Right: LiteralExpressionSyntax { Token.ValueText: "0" }, Left: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Length" or "Count", Expression: var array } }:
                return AttributeArray(array, constructor, arguments, locals);
            case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.GreaterThanOrEqualExpression, Right: LiteralExpressionSyntax { Token.ValueText: "1" }, Left: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Length" or "Count", Expression: var array } }:
                return AttributeArray(array, constructor, arguments, locals);
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Any", Expression: var array }, ArgumentList.Arguments: [] }:
                return AttributeArray(array, constructor, arguments, locals);
            case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.NotEqualsExpression, Right: LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NullLiteralExpression }, Left: var single }:
                return SingleAttribute(single, constructor, arguments, locals);
            case IsPatternExpressionSyntax { Pattern: UnaryPatternSyntax { Pattern: ConstantPatternSyntax { Expression: LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NullLiteralExpression } } }, Expression: var single }:
                return SingleAttribute(single, constructor, arguments, locals);
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "IsDefined", Expression: IdentifierNameSyntax owner }, ArgumentList.Arguments: [{ Expression: var type }, ..] } when owner.Identifier.ValueText == constructor:
                return Exact(type, "IsDefined", arguments);
            default:
                return null;
        }
    }

    private static string? AttributeArray(ExpressionSyntax array, string constructor, TestCodeArguments arguments, Dictionary<string, ExpressionSyntax> locals)
    {
        if (array is IdentifierNameSyntax local && locals.TryGetValue(local.Identifier.ValueText, out var held))
        {
            array = held;
        }

        return array is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetCustomAttributes", Expression: IdentifierNameSyntax owner }, ArgumentList.Arguments: [{ Expression: var type }, ..] }
            && owner.Identifier.ValueText == constructor
            ? Exact(type, "GetCustomAttributes", arguments)
            : null;
    }

    private static string? SingleAttribute(ExpressionSyntax single, string constructor, TestCodeArguments arguments, Dictionary<string, ExpressionSyntax> locals)
    {
        if (single is IdentifierNameSyntax local && locals.TryGetValue(local.Identifier.ValueText, out var held))
        {
            single = held;
        }

        switch (single)
        {
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name: GenericNameSyntax { Identifier.ValueText: "GetCustomAttribute", TypeArgumentList.Arguments: [var type] }, Expression: IdentifierNameSyntax owner } } when owner.Identifier.ValueText == constructor:
                return Sealed(arguments.Type(type), "GetCustomAttribute");
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetCustomAttribute", Expression: IdentifierNameSyntax owner }, ArgumentList.Arguments: [{ Expression: var type }, ..] } when owner.Identifier.ValueText == constructor:
                return Exact(type, "GetCustomAttribute", arguments);
            default:
                return null;
        }
    }

    private static string? Exact(ExpressionSyntax type, string lookup, TestCodeArguments arguments) =>
        arguments.TypeOf(type) is { } typeOf ? Sealed(arguments.Type(typeOf.Type), lookup) : null;

    // Reflection's lookups by type also find attributes derived from it; 'require-attribute' names the class itself.
    private static string Sealed(ResolvedType attribute, string lookup) => attribute.IsSealed
        ? attribute.FullName
        : throw new UntranslatableException($"'{lookup}' also finds attributes derived from '{attribute.FullName}', which is not sealed, and TechLead's 'require-attribute' matches the attribute class by name; write 'require-attribute' with each attribute class by hand if no derived one is meant");

    // type.GetConstructors(flags), or a local holding it.
    private static ReflectedConstructors? Constructors(ExpressionSyntax expression, string type, Dictionary<string, ExpressionSyntax> locals)
    {
        if (expression is IdentifierNameSyntax local && locals.TryGetValue(local.Identifier.ValueText, out var held))
        {
            expression = held;
        }

        if (ReflectedConstructors.Of(expression, type) is not { } listed)
        {
            return null;
        }

        return listed.Instance
            ? listed
            : throw new UntranslatableException(listed.Static
                ? "the constructors are listed with 'BindingFlags.Static' and without 'Instance': only the static constructor is looked at; the importer reads instance constructors, write a 'members' rule with 'static: true' by hand if that is meant"
                : "the constructors are listed without 'BindingFlags.Instance', so reflection lists none and every type fails the test; fix the test's binding flags");
    }

    // { has = true; [break;] }
    private static bool SetsFlag(StatementSyntax statement, string flag)
    {
        var statements = statement is BlockSyntax block ? block.Statements.ToList() : [statement];
        return statements is [ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { Left: IdentifierNameSyntax assigned, Right: LiteralExpressionSyntax { RawKind: (int)SyntaxKind.TrueLiteralExpression } } }, .. var rest]
            && assigned.Identifier.ValueText == flag && rest.All(s => s is BreakStatementSyntax);
    }
}
