using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TechLead.Cli.Importing.TestCode.CustomChecks;

/// <summary>
/// The direction of a custom check's assertion: whether a collection (the failing types, or the types a
/// <c>Where</c> keeps) is asserted to be empty, by xunit, NUnit, MSTest, FluentAssertions or Shouldly, or by a helper
/// declared in source that asserts its parameter empty (<c>AssertFailingTypes(failingTypes)</c>).
/// </summary>
internal static class FailureAssertion
{
    private const int MaxHelperDepth = 2;

    /// <summary>True when <paramref name="value"/> is asserted empty where it stands.</summary>
    public static bool IsAssertedEmpty(ExpressionSyntax value, TestCodeArguments? arguments, int depth = 0)
    {
        // value.Should().BeEmpty(), value.ShouldBeEmpty()
        if (value.Parent is MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax first } member && member.Expression == value)
        {
            var name = member.Name.Identifier.ValueText;
            if (name == "ShouldBeEmpty")
            {
                return true;
            }

            if (name == "Should" && first.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "BeEmpty" or "BeNullOrEmpty" } next && next.Parent is InvocationExpressionSyntax)
            {
                return true;
            }

            return false;
        }

        if (value.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } list } argument)
        {
            return false;
        }

        var index = list.Arguments.IndexOf(argument);
        switch (call.Expression)
        {
            // Assert.Empty(value), CollectionAssert.IsEmpty(value), Assert.IsEmpty(value)
            case MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "Assert" or "CollectionAssert" or "ClassicAssert" }, Name.Identifier.ValueText: "Empty" or "IsEmpty" } when index == 0:
                return true;

            // Assert.That(value, Is.Empty), Assert.That(value, Is.Null.Or.Empty)
            case MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "Assert" }, Name.Identifier.ValueText: "That" } when index == 0 && list.Arguments.Count >= 2:
                var constraint = list.Arguments[1].Expression.ToString().Replace(" ", string.Empty, System.StringComparison.Ordinal);
                return constraint is "Is.Empty" or "Is.Null.Or.Empty";
        }

        // A helper declared in source that asserts its parameter empty.
        if (arguments is not null && depth < MaxHelperDepth && arguments.Resolution.MethodOf(call) is { } helper
            && index < helper.ParameterList.Parameters.Count)
        {
            var parameter = helper.ParameterList.Parameters[index].Identifier.ValueText;
            return helper.DescendantNodes().OfType<IdentifierNameSyntax>()
                .Where(i => i.Identifier.ValueText == parameter && i.Parent is not ParameterSyntax)
                .Any(i => IsAssertedEmpty(i, arguments, depth + 1));
        }

        return false;
    }

    /// <summary>
    /// True when the collection a call returns (<c>types.Where(t => !t.IsSealed)</c>, after <c>ToList()</c>) is asserted
    /// empty, where it stands or through the local it is stored in.
    /// </summary>
    public static bool IsResultAssertedEmpty(ExpressionSyntax result, TestCodeArguments? arguments)
    {
        var value = result;
        while (value.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ToList" or "ToArray" } member && member.Parent is InvocationExpressionSyntax next)
        {
            value = next;
        }

        if (value.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax local } && arguments is not null
            && local.FirstAncestorOrSelf<BaseMethodDeclarationSyntax>() is { } method)
        {
            return IsListAssertedEmpty(local.Identifier.ValueText, method, arguments);
        }

        return IsAssertedEmpty(value, arguments);
    }

    /// <summary>True when the list named <paramref name="name"/> is asserted empty somewhere in <paramref name="scope"/>.</summary>
    public static bool IsListAssertedEmpty(string name, SyntaxNode scope, TestCodeArguments arguments) =>
        scope.DescendantNodes().OfType<IdentifierNameSyntax>().Where(i => i.Identifier.ValueText == name).Any(i => IsAssertedEmpty(i, arguments));

    /// <summary>True when <paramref name="value"/> is asserted true (<c>Assert.True(x)</c>, <c>x.Should().BeTrue()</c>, <c>x.ShouldBeTrue()</c>, <c>Assert.That(x, Is.True)</c>).</summary>
    public static bool IsAssertedTrue(ExpressionSyntax value)
    {
        if (value.Parent is MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax first } member && member.Expression == value)
        {
            return member.Name.Identifier.ValueText == "ShouldBeTrue"
                || (member.Name.Identifier.ValueText == "Should" && first.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "BeTrue", Parent: InvocationExpressionSyntax });
        }

        return value.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } list } argument
            && list.Arguments.IndexOf(argument) == 0
            && call.Expression is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "Assert" or "ClassicAssert" }, Name.Identifier.ValueText: var method }
            && (method is "True" or "IsTrue" || (method == "That" && list.Arguments.Count >= 2 && list.Arguments[1].Expression.ToString() == "Is.True"));
    }
}
