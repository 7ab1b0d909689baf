using System.Linq;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TechLead.Cli.Importing.TestCode.CustomChecks;

/// <summary>
/// A reflection test of a type variable against <c>typeof(X)</c>: <c>typeof(X).IsAssignableFrom(t)</c>,
/// <c>t.IsAssignableTo(typeof(X))</c>, <c>t.IsSubclassOf(typeof(X))</c> — one reading for the selections
/// (<see cref="ReflectionPredicate"/>) and the checks (<see cref="ReflectionRequirement"/>) built from it.
/// </summary>
internal sealed record AssignabilityTest(string Method, TypeOfExpressionSyntax TypeOf)
{
    /// <summary>Whether <see cref="TypeOf"/> names an open generic definition (<c>typeof(IHandler&lt;&gt;)</c>), to which no type is assigned.</summary>
    public bool IsOpenGeneric => TypeOf.Type is GenericNameSyntax generic && generic.TypeArgumentList.Arguments.Any(a => a is OmittedTypeArgumentSyntax);

    /// <summary>The test when <paramref name="call"/> is one of <paramref name="methods"/> applied to <paramref name="variable"/>, else null.</summary>
    public static AssignabilityTest? Read(InvocationExpressionSyntax call, string variable, TestCodeArguments arguments, params string[] methods)
    {
        if (call.Expression is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: var method, Expression: var receiver }
            || System.Array.IndexOf(methods, method) < 0
            || call.ArgumentList.Arguments is not [{ Expression: var argument }])
        {
            return null;
        }

        var (other, type) = method == "IsAssignableFrom" ? (receiver, argument) : (argument, receiver);
        return type is IdentifierNameSyntax named && named.Identifier.ValueText == variable && arguments.TypeOf(other) is { } typeOf
            ? new AssignabilityTest(method, typeOf)
            : null;
    }
}
