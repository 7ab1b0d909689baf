using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TechLead.Cli.Importing.TestCode;

/// <summary>
/// The rows of a parameterised test supplied by code, read without running it where the code only lists data:
/// xUnit <c>[ClassData(typeof(T))]</c> (T's <c>GetEnumerator</c>: <c>yield return new object[] { ... }</c> or a list it
/// enumerates; a <c>TheoryData</c> subclass's <c>Add(...)</c> calls), <c>[MemberData(nameof(M))]</c> and NUnit
/// <c>[TestCaseSource]</c>, MSTest <c>[DynamicData]</c>, TUnit <c>[MethodDataSource]</c> (a property, field or method M of the
/// test class or of <c>MemberType</c>). The values are evaluated by <see cref="StaticValues"/>; rows computed from
/// anything else (files, reflection, loops) are unknown (null).
/// </summary>
internal static class ComputedDataRows
{
    /// <summary>Whether <paramref name="attribute"/> supplies rows by code (its rows are read here, not from the attribute).</summary>
    public static bool Supplies(string attribute) => attribute is "ClassData" or "MemberData" or "TestCaseSource" or "DynamicData" or "MethodDataSource";

    /// <summary>The rows (one value per test parameter, each a string literal) the attribute supplies; null when unknown.</summary>
    public static IReadOnlyList<IReadOnlyList<ExpressionSyntax>>? Of(AttributeSyntax attribute, string name, MethodDeclarationSyntax test, TestCodeArguments arguments)
    {
        var positional = attribute.ArgumentList?.Arguments.Where(a => a.NameEquals is null && a.NameColon is null).Select(a => a.Expression).ToList() ?? [];
        var values = new StaticValues(arguments);
        IReadOnlyList<object>? rows;
        if (name == "ClassData")
        {
            rows = positional is [TypeOfExpressionSyntax typeOf] && Declaration(typeOf.Type, arguments) is { } type ? FromClass(type, values) : null;
        }
        else
        {
            // MemberData(nameof(M)) / MemberData("M", MemberType = typeof(T)); TestCaseSource(typeof(T), nameof(M)); DynamicData(nameof(M)).
            var owner = attribute.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == "MemberType")?.Expression as TypeOfExpressionSyntax
                ?? positional.FirstOrDefault() as TypeOfExpressionSyntax;
            var memberName = positional.Where(e => e is not TypeOfExpressionSyntax).Select(arguments.TryString).FirstOrDefault();
            var type = owner is null ? test.FirstAncestorOrSelf<TypeDeclarationSyntax>() : Declaration(owner.Type, arguments);
            var extra = positional.Count(e => e is not TypeOfExpressionSyntax) > 1;
            rows = memberName is null || type is null || extra ? null : FromMember(type, memberName, values);
        }

        return rows is null ? null : Rows(rows, test.ParameterList.Parameters.Count);
    }

    private static IReadOnlyList<object>? FromClass(TypeDeclarationSyntax type, StaticValues values)
    {
        // A TheoryData<...> subclass: the rows its constructor adds.
        var adds = type.Members.OfType<ConstructorDeclarationSyntax>().SelectMany(c => c.Body?.Statements ?? []).ToList();
        if (adds.Count > 0 && adds.All(s => s is ExpressionStatementSyntax { Expression: InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "Add" } } }))
        {
            var added = adds.Select(s => ((InvocationExpressionSyntax)((ExpressionStatementSyntax)s).Expression).ArgumentList.Arguments
                .Select(a => values.Value(a.Expression)).ToList()).ToList();
            return added.All(r => r.All(v => v is not null)) ? added.Select(r => (object)r.Cast<object>().ToList()).ToList() : null;
        }

        // IEnumerable<object[]>: the enumerator of object[] rows (not an explicit IEnumerable<string> one).
        var enumerators = type.Members.OfType<MethodDeclarationSyntax>()
            .Where(m => m.Identifier.ValueText == "GetEnumerator" && m.ExplicitInterfaceSpecifier is null && m.ReturnType.ToString().Contains("object", System.StringComparison.Ordinal))
            .ToList();
        return enumerators is [var enumerator] ? values.Produced(enumerator) : null;
    }

    private static IReadOnlyList<object>? FromMember(TypeDeclarationSyntax type, string name, StaticValues values)
    {
        foreach (var member in type.Members)
        {
            switch (member)
            {
                case MethodDeclarationSyntax method when method.Identifier.ValueText == name && method.ParameterList.Parameters.Count == 0:
                    return values.Produced(method);
                case PropertyDeclarationSyntax property when property.Identifier.ValueText == name:
                    if (property.AccessorList?.Accessors.FirstOrDefault(a => a.IsKind(SyntaxKind.GetAccessorDeclaration)) is { Body: { } getter } && getter.DescendantNodes().OfType<YieldStatementSyntax>().Any())
                    {
                        return null;
                    }

                    return FluentChain.ValueOf(property) is { } value ? values.Value(value) as IReadOnlyList<object> : null;
                case FieldDeclarationSyntax field when field.Declaration.Variables.FirstOrDefault(v => v.Identifier.ValueText == name) is { Initializer.Value: var initializer }:
                    return values.Value(initializer) as IReadOnlyList<object>;
            }
        }

        return null;
    }

    // Each row as string literals, one per parameter: an object[] row, a TheoryData entry { a, b }, or a single value.
    private static List<IReadOnlyList<ExpressionSyntax>>? Rows(IReadOnlyList<object> rows, int parameters)
    {
        var result = new List<IReadOnlyList<ExpressionSyntax>>();
        foreach (var row in rows)
        {
            IReadOnlyList<object> cells = row switch
            {
                IReadOnlyList<object> list => list,
                StaticValues.Entry entry => [entry.Key, entry.Value],
                _ => [row],
            };
            if (cells.Count != parameters || cells.Any(c => c is not string))
            {
                return null;
            }

            result.Add(cells.Select(c => (ExpressionSyntax)SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal((string)c))).ToList());
        }

        return result.Count > 0 ? result : null;
    }

    // The declaration of the type typeof(T) names: the one the model binds (its full name), else the only one of that name.
    private static TypeDeclarationSyntax? Declaration(TypeSyntax type, TestCodeArguments arguments)
    {
        var resolved = arguments.Resolution.Type(type, out _);
        var simple = type is QualifiedNameSyntax qualified ? qualified.Right.Identifier.ValueText : type.ToString();
        var candidates = arguments.Index.TypesNamed(simple, 0).Where(t => resolved is null || t.FullName == resolved.FullName).ToList();
        return candidates is [{ Declaration: TypeDeclarationSyntax declaration }] ? declaration : null;
    }
}
