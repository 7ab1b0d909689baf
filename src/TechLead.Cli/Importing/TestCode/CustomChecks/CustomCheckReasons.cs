using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TechLead.Cli.Importing.TestCode.CustomChecks;

/// <summary>
/// What a custom check of the types does, read from the reflection members its code uses (constructors, fields and
/// properties, interfaces, generic arguments), said as the blocker a lead can act on: what the test checks, and why
/// no TechLead rule says the same. Only for the reason; a rule is made only from the exact shapes of
/// <see cref="CustomTypeCheck"/>.
/// </summary>
internal static class CustomCheckReasons
{
    public static string Describe(TypesFlow flow)
    {
        var used = new HashSet<string>(flow.CheckCode.SelectMany(c => c.DescendantNodesAndSelf().OfType<SimpleNameSyntax>()).Select(n => n.Identifier.ValueText), System.StringComparer.Ordinal);
        bool Uses(params string[] names) => names.Any(used.Contains);

        if (flow.Uses.Count == 0)
        {
            return "the types 'GetTypes()' returns are not checked where the importer can follow them (no loop, assertion or helper uses them)";
        }

        if (flow.Uses.All(AssertedNotNull))
        {
            return "asserts only that the collection of types is not null, which a collection never is: the test checks nothing a rule could say";
        }

        if (flow.CheckCode.OfType<StatementSyntax>().Select(OnlyAssertedNotNull).FirstOrDefault(l => l is not null) is { } collected)
        {
            return $"collects the failing types in '{collected}' but asserts only that '{collected}' is not null, which it never is: the test checks nothing a rule could say";
        }

        if (flow.UsedAsList)
        {
            return "the types are a list custom code compares other types with; a TechLead selector cannot refer to the result of another selection";
        }

        if (Uses("GetConstructors", "GetConstructor", "DeclaredConstructors"))
        {
            if (Uses("GetCustomAttributes", "GetCustomAttribute", "IsDefined", "CustomAttributes"))
            {
                return "checks in C# that each type has a constructor carrying an attribute, in a form the importer does not read (it reads 'type.GetConstructors(flags)' with a flag set in a 'foreach' or 'Any(c => ...)', and 'c.GetCustomAttributes(typeof(X), false).Length > 0', 'GetCustomAttribute<X>() != null' or 'IsDefined'); a 'members' rule with 'must-exist: true' and 'require-attribute' says it: write it by hand";
            }

            if (Uses("GetParameters") && Uses("Intersect", "Except", "SequenceEqual"))
            {
                return "checks in C# that each type has a constructor whose parameters match its fields and properties by name; TechLead has no rule that compares a constructor's parameters with the type's state";
            }

            if (Uses("GetParameters"))
            {
                return "checks in C# that each type has a " + (Uses("IsPrivate") ? "private " : string.Empty) + "parameterless constructor, in a form the importer does not read (it reads 'type.GetConstructors(flags)' with a flag set in a 'foreach' or 'Any(c => ...)', and 'c.GetParameters().Length == 0'); a 'members' rule with 'must-exist: true' and 'max-parameters: 0' says it: write it by hand";
            }

            return Uses("IsPrivate")
                ? "checks in C# that each type has only private constructors, in a form the importer does not read (it reads a 'foreach' adding the failing types to a list asserted empty, or 'Where(...)' asserted empty); the 'modifiers' rule 'constructors: private' says the same, counting the constructors C# adds: write it by hand"
                : "checks in C# that each type has no public constructor, in a form the importer does not read (it reads a 'foreach' adding the failing types to a list asserted empty, or 'Where(...)' asserted empty); the 'modifiers' rule 'constructors: non-public' says the same, counting the constructor C# adds: write it by hand";
        }

        if (Uses("IsInitOnly", "CanWrite", "SetMethod", "GetSetMethod"))
        {
            return ImmutabilityCheck.Difference(flow.CheckCode) is { } difference
                ? $"checks in C# that each type's public fields are readonly and its public properties have no setter, but {difference}; 'immutable: public-members' checks every public field and property, inherited and static ones included: keep the test, or write that rule by hand if the difference does not matter to the team"
                : "checks in C# that each type's public fields are readonly or its public properties have no setter, in a form the importer does not read (it reads 'GetFields().Any(f => !f.IsInitOnly) || GetProperties().Any(p => p.CanWrite)' failing a type, in a 'foreach' adding it to a list asserted empty or in 'Where(...)' asserted empty, or its negation asserted for every type); 'immutable: public-members' says that: write it by hand if that is what the team means";
        }

        if (Uses("FieldType", "PropertyType", "ParameterType", "ReturnType"))
        {
            return "checks in C# the types of each type's fields and properties against other types, in a form the importer does not read (it reads a 'foreach' over 'type.GetFields(flags)' or 'GetProperties(flags)' with 'BindingFlags.DeclaredOnly', failing the type when 'list.Contains(f.FieldType) || f.FieldType.GenericTypeArguments.Any(x => list.Contains(x))' for a list that is another selection); a 'members' rule with 'type-not: <selector>' says it (the type or one of its generic arguments): write it by hand";
        }

        if (Uses("GetMethods", "GetFields", "GetProperties", "GetMembers", "GetEvents"))
        {
            return "checks in C# which members each type declares, in a form the importer does not read (it reads a 'foreach' failing the type when 'type.GetFields(flags)', 'GetProperties', 'GetMethods' or 'GetEvents' with 'BindingFlags.DeclaredOnly | BindingFlags.Public' is not empty: 'Any()' or 'Length > 0'); with 'NonPublic' reflection also lists backing fields, private accessors and what the compiler generates, which no 'members' rule selects";
        }

        if (Uses("GetInterfaces", "GetInterface", "GenericTypeArguments", "GetGenericArguments", "GetGenericTypeDefinition"))
        {
            return "checks in C# the interfaces each type implements with their generic arguments; TechLead selectors and rules do not read generic arguments";
        }

        if (flow.Uses.Any(IsExistenceCheck))
        {
            return "checks that at least one type matches the selection; TechLead rules do not require types to exist";
        }

        if (flow.Uses.Any(u => FailureAssertion.IsAssertedEmpty(u, null)))
        {
            return "checks that no type matches the selection; TechLead has no rule that forbids types to exist";
        }

        if (flow.Uses.Select(WhereAssertedEmpty).FirstOrDefault(w => w is not null) is { } condition)
        {
            return $"checks in C# that no type meets '{condition}'; the importer translates only conditions a TechLead rule states exactly ('IsSealed', 'IsPublic', 'Name.EndsWith', 'StartsWith' or 'Contains' with a literal)";
        }

        var reflection = used.Where(n => ReflectionMembers.Contains(n)).OrderBy(n => n, System.StringComparer.Ordinal).ToList();
        return reflection.Count > 0
            ? $"the types are checked by custom C# code (it reads {string.Join(", ", reflection.Select(n => "'" + n + "'"))}) in a form the importer does not read as a rule"
            : "the types are checked by custom C# code the importer does not read as a rule";
    }

    // The list a loop body adds to, when the test asserts it only not null (nonSealed.ShouldNotBeNull()).
    private static string? OnlyAssertedNotNull(StatementSyntax code)
    {
        var lists = code.DescendantNodes().OfType<InvocationExpressionSyntax>()
            .Select(c => c.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Add", Expression: IdentifierNameSyntax list } ? list.Identifier.ValueText : null)
            .Where(l => l is not null).Distinct().ToList();
        if (code.FirstAncestorOrSelf<BaseMethodDeclarationSyntax>() is not { } method)
        {
            return null;
        }

        return lists.FirstOrDefault(list =>
        {
            var uses = method.DescendantNodes().OfType<IdentifierNameSyntax>().Where(i => i.Identifier.ValueText == list && !code.Span.Contains(i.Span)).ToList();
            return uses.Any(AssertedNotNull) && !uses.Any(u => FailureAssertion.IsAssertedEmpty(u, null));
        });
    }

    // types.ShouldNotBeNull(), types.Should().NotBeNull(), Assert.NotNull(types).
    private static bool AssertedNotNull(ExpressionSyntax use) => use.Parent switch
    {
        MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ShouldNotBeNull" } => true,
        MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Should", Parent: InvocationExpressionSyntax { Parent: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "NotBeNull" } } } => true,
        ArgumentSyntax { Parent: ArgumentListSyntax { Arguments.Count: 1, Parent: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "Assert" or "ClassicAssert" }, Name.Identifier.ValueText: "NotNull" or "IsNotNull" } } } } => true,
        _ => false,
    };

    // types.Where(condition) asserted empty: the condition, as written.
    private static ExpressionSyntax? WhereAssertedEmpty(ExpressionSyntax use) =>
        use.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Where", Parent: InvocationExpressionSyntax { ArgumentList.Arguments: [var condition] } where } member
        && member.Expression == use && FailureAssertion.IsResultAssertedEmpty(where, null)
            ? condition.Expression
            : null;

    // types.Any(), types.Count() > 0, types.Should().NotBeEmpty(), Assert.NotEmpty(types), .IsGreaterThan(0).
    private static bool IsExistenceCheck(ExpressionSyntax use)
    {
        var statement = ((SyntaxNode?)use.FirstAncestorOrSelf<StatementSyntax>() ?? use.FirstAncestorOrSelf<ArrowExpressionClauseSyntax>())?.ToString() ?? string.Empty;
        return statement.Contains("NotBeEmpty", System.StringComparison.Ordinal) || statement.Contains("NotEmpty(", System.StringComparison.Ordinal)
            || statement.Contains("IsGreaterThan(0)", System.StringComparison.Ordinal) || statement.Contains("BeGreaterThan(0)", System.StringComparison.Ordinal)
            || statement.Contains("ShouldNotBeEmpty", System.StringComparison.Ordinal);
    }

    private static readonly HashSet<string> ReflectionMembers = new(System.StringComparer.Ordinal)
    {
        "IsSealed", "IsAbstract", "IsPublic", "IsNotPublic", "IsInterface", "IsClass", "IsValueType", "IsEnum", "IsNested",
        "IsGenericType", "BaseType", "Name", "FullName", "Namespace", "GetCustomAttributes", "GetCustomAttribute", "IsDefined",
        "IsAssignableFrom", "IsAssignableTo", "IsSubclassOf", "GetNestedTypes", "Assembly",
    };
}
