using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TechLead.Cli.Importing.TestCode;

/// <summary>
/// A name check written on ArchUnitNET's objects rather than as a condition:
/// <c>Interfaces().GetObjects(architecture).ShouldAllBe(i =&gt; Regex.IsMatch(i.Name, "^I[A-Z]"))</c> (Shouldly), also
/// <c>i.Name.StartsWith("I")</c> / <c>EndsWith("Handler")</c>. Each selected type's simple name must match: a <c>naming</c>
/// rule, as <c>Should().HaveNameMatching(..)</c> would be.
/// </summary>
internal static class ArchUnitNetObjectNames
{
    /// <summary>True when the chain ends in <c>GetObjects(..).ShouldAllBe(lambda)</c> after a Types()/Classes()/Interfaces() root.</summary>
    public static bool IsNameCheck(FluentChain chain) =>
        ArchUnitNetChainTranslator.StartsAtRoot(chain)
        && chain.Links is [.., { Name: "GetObjects" }, { Name: "ShouldAllBe", Arguments: [{ Expression: SimpleLambdaExpressionSyntax }] }];

    /// <summary>The regex every selected name must match, or why the lambda says something else.</summary>
    public static string Pattern(FluentChain chain, TestCodeArguments arguments)
    {
        var lambda = (SimpleLambdaExpressionSyntax)chain.Links[^1].Arguments[0].Expression;
        var item = lambda.Parameter.Identifier.ValueText;
        switch (lambda.ExpressionBody)
        {
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "IsMatch", Expression: var owner } } call
                when owner.ToString() is "Regex" or "System.Text.RegularExpressions.Regex" && call.ArgumentList.Arguments is [{ Expression: var subject }, { Expression: var pattern }]
                    && IsName(subject, item) && arguments.TryString(pattern) is { } regex:
                return regex;
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: var test, Expression: var subject } } call
                when test is "StartsWith" or "EndsWith" && IsName(subject, item) && call.ArgumentList.Arguments is [{ Expression: var text }] && arguments.TryString(text) is { } literal:
                return test == "StartsWith" ? "^" + Regex.Escape(literal) : Regex.Escape(literal) + "$";
            default:
                throw new UntranslatableException($"'ShouldAllBe({lambda})' checks the selected objects with C# code; only a check of their name (Regex.IsMatch(x.Name, pattern), x.Name.StartsWith/EndsWith) is read as a rule");
        }
    }

    private static bool IsName(ExpressionSyntax subject, string item) =>
        subject is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Name", Expression: IdentifierNameSyntax owner } && owner.Identifier.ValueText == item;
}
