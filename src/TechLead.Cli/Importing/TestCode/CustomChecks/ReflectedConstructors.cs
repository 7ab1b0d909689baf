using System.Linq;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TechLead.Cli.Importing.TestCode.CustomChecks;

/// <summary>
/// Which constructors <c>type.GetConstructors(flags)</c> lists, read from the call a custom check writes: the readers of
/// constructor visibility (rules/0052) and of constructors that must exist (rules/0063) each decide what they accept.
/// </summary>
internal sealed record ReflectedConstructors(bool Public, bool NonPublic, bool Instance, bool Static)
{
    /// <summary>The call on <paramref name="type"/> (the loop or lambda variable), or null when it is not one the flags can be read from.</summary>
    public static ReflectedConstructors? Of(ExpressionSyntax expression, string type)
    {
        if (expression is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetConstructors", Expression: IdentifierNameSyntax owner } } call
            || owner.Identifier.ValueText != type)
        {
            return null;
        }

        // Without arguments reflection lists the public instance constructors.
        if (call.ArgumentList.Arguments is [])
        {
            return new ReflectedConstructors(Public: true, NonPublic: false, Instance: true, Static: false);
        }

        var flags = call.ArgumentList.Arguments is [{ Expression: var only }] ? BindingFlagsLiteral.Names(only) : null;
        return flags is not null && flags.All(f => f is "Instance" or "Static" or "Public" or "NonPublic" or "DeclaredOnly")
            ? new ReflectedConstructors(flags.Contains("Public"), flags.Contains("NonPublic"), flags.Contains("Instance"), flags.Contains("Static"))
            : null;
    }
}
