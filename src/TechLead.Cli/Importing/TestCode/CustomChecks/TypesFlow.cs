using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TechLead.Cli.Importing.TestCode.CustomChecks;

/// <summary>
/// Where the types a <c>GetTypes()</c> call returns go: through <c>ToList()</c> and locals, into <c>foreach</c> loops,
/// LINQ lambdas, assertions and helper methods declared in source (their parameter followed into their body). What the
/// code there does with each type is the check; <see cref="CustomTypeCheck"/> reads its meaning.
/// </summary>
internal sealed class TypesFlow
{
    private const int MaxHelperDepth = 3;

    private readonly TestCodeArguments arguments;

    private TypesFlow(TestCodeArguments arguments) => this.arguments = arguments;

    /// <summary>The expressions that stand for the types where code uses them (a local's uses, a helper's parameter).</summary>
    public List<ExpressionSyntax> Uses { get; } = [];

    /// <summary>Uses that only pass the types to a helper declared in source, whose own uses are followed instead.</summary>
    public HashSet<ExpressionSyntax> Delegated { get; } = [];

    /// <summary>The code that looks at each type: loop bodies, lambdas, the statements around a use.</summary>
    public List<SyntaxNode> CheckCode { get; } = [];

    /// <summary><c>Where(...)</c> lambdas applied to the types before the check (they narrow the selection in C#).</summary>
    public List<ExpressionSyntax> Filters { get; } = [];

    /// <summary>True when the types are only a list another check compares with (<c>roots.Contains(field.FieldType)</c>).</summary>
    public bool UsedAsList { get; private set; }

    public static TypesFlow From(ExpressionSyntax getTypes, TestCodeArguments arguments)
    {
        var flow = new TypesFlow(arguments);
        flow.Follow(getTypes, 0);
        return flow;
    }

    private void Follow(ExpressionSyntax value, int depth)
    {
        value = Climb(value);
        switch (value.Parent)
        {
            case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }:
                FollowName(declarator.Identifier.ValueText, declarator, depth);
                break;
            case AssignmentExpressionSyntax { Left: IdentifierNameSyntax name } assignment when assignment.Right == value:
                FollowName(name.Identifier.ValueText, assignment, depth);
                break;
            default:
                Use(value, depth);
                break;
        }
    }

    // Through ToList(), ToArray(), AsEnumerable() and Where(...) on the way to where the types are used.
    private ExpressionSyntax Climb(ExpressionSyntax value)
    {
        while (value.Parent is MemberAccessExpressionSyntax member && member.Expression == value && member.Parent is InvocationExpressionSyntax call)
        {
            switch (member.Name.Identifier.ValueText)
            {
                case "ToList" or "ToArray" or "AsEnumerable" or "ToHashSet":
                    value = call;
                    continue;
                case "Where" when call.ArgumentList.Arguments is [{ Expression: var filter }] && !FailureAssertion.IsResultAssertedEmpty(call, arguments):
                    Filters.Add(filter);
                    value = call;
                    continue;
            }

            break;
        }

        return value;
    }

    private void FollowName(string name, SyntaxNode declaration, int depth)
    {
        var scope = declaration.FirstAncestorOrSelf<BaseMethodDeclarationSyntax>() as SyntaxNode
            ?? declaration.FirstAncestorOrSelf<LocalFunctionStatementSyntax>();
        if (scope is null)
        {
            return;
        }

        foreach (var use in scope.DescendantNodes().OfType<IdentifierNameSyntax>().Where(i => i.Identifier.ValueText == name && i.SpanStart > declaration.Span.End - 1 && !declaration.Span.Contains(i.Span)))
        {
            Use(use, depth);
        }
    }

    private void Use(ExpressionSyntax use, int depth)
    {
        Uses.Add(use);
        switch (use.Parent)
        {
            case ForEachStatementSyntax loop when loop.Expression == use:
                CheckCode.Add(loop.Statement);
                break;
            case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } list } argument:
                if (Called(call) == "Contains")
                {
                    UsedAsList = true;
                    CheckCode.Add(call);
                }
                else if (depth < MaxHelperDepth && arguments.Resolution.MethodOf(call) is { } helper && HasBody(helper)
                    && ParameterOf(helper, list.Arguments.IndexOf(argument), call) is { } parameter)
                {
                    Delegated.Add(use);
                    FollowName(parameter, helper.ParameterList, depth + 1);
                    CheckCode.Add(helper);
                }
                else
                {
                    CheckCode.Add(call);
                }

                break;
            case MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax call } member when member.Expression == use:
                if (member.Name.Identifier.ValueText == "Contains")
                {
                    UsedAsList = true;
                }
                else if (depth < MaxHelperDepth && arguments.Resolution.MethodOf(call) is { } extension && HasBody(extension)
                    && extension.ParameterList.Parameters is [var receiver, ..] && receiver.Modifiers.Any(SyntaxKind.ThisKeyword))
                {
                    // types.AssertImmutable(): an extension method declared in source, its receiver followed into its body.
                    Delegated.Add(use);
                    FollowName(receiver.Identifier.ValueText, extension.ParameterList, depth + 1);
                    CheckCode.Add(extension);
                    break;
                }

                CheckCode.Add(Outermost(call));
                break;
            default:
                CheckCode.Add((SyntaxNode?)use.FirstAncestorOrSelf<StatementSyntax>() ?? use);
                break;
        }
    }

    private static bool HasBody(MethodDeclarationSyntax method) => method.Body is not null || method.ExpressionBody is not null;

    // The whole fluent statement a use starts (types.Where(...).Should().BeEmpty()).
    private static SyntaxNode Outermost(ExpressionSyntax call)
    {
        SyntaxNode current = call;
        while (current.Parent is MemberAccessExpressionSyntax or InvocationExpressionSyntax)
        {
            current = current.Parent;
        }

        return current;
    }

    private static string Called(InvocationExpressionSyntax call) => call.Expression switch
    {
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        SimpleNameSyntax name => name.Identifier.ValueText,
        _ => string.Empty,
    };

    // An extension method's receiver is its first parameter, so a call's argument i is parameter i + 1 there.
    private static string? ParameterOf(MethodDeclarationSyntax helper, int index, InvocationExpressionSyntax call)
    {
        var parameters = helper.ParameterList.Parameters;
        var extension = parameters.Count > 0 && parameters[0].Modifiers.Any(SyntaxKind.ThisKeyword) && call.Expression is MemberAccessExpressionSyntax;
        var position = extension ? index + 1 : index;
        return position >= 0 && position < parameters.Count ? parameters[position].Identifier.ValueText : null;
    }
}
