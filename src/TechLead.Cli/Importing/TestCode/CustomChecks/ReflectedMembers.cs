using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TechLead.Cli.Importing.TestCode.CustomChecks;

/// <summary>
/// Which members <c>type.GetFields(flags)</c>, <c>GetProperties</c>, <c>GetMethods</c> or <c>GetEvents</c> lists, read
/// from the call a custom check writes (inline or held in a local of the loop), its flags a literal combination or a
/// local of the test method holding one: the readers of member types (rules/0069) and of declared public members
/// each decide what they accept.
/// </summary>
internal sealed record ReflectedMembers(string Method, HashSet<string> Flags)
{
    /// <summary>
    /// The call on <paramref name="type"/> (the loop variable), or null when it is not one the flags can be read from;
    /// <paramref name="method"/>, when known, is where a flags local is looked up.
    /// </summary>
    public static ReflectedMembers? Of(ExpressionSyntax expression, string type, IReadOnlyDictionary<string, ExpressionSyntax> locals, BaseMethodDeclarationSyntax? method)
    {
        if (expression is IdentifierNameSyntax local && locals.TryGetValue(local.Identifier.ValueText, out var held))
        {
            expression = held;
        }

        if (expression is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax owner, Name.Identifier.ValueText: var reflected }, ArgumentList.Arguments: [{ Expression: var argument }] }
            || owner.Identifier.ValueText != type || reflected is not ("GetFields" or "GetProperties" or "GetMethods" or "GetEvents"))
        {
            return null;
        }

        var flags = BindingFlagsLiteral.Names(argument)
            ?? (argument is IdentifierNameSyntax named && method is not null && LocalInitializer(named.Identifier.ValueText, method) is { } initializer ? BindingFlagsLiteral.Names(initializer) : null);
        return flags is not null && flags.All(f => f is "Instance" or "Static" or "Public" or "NonPublic" or "DeclaredOnly") ? new ReflectedMembers(reflected, flags) : null;
    }

    /// <summary>The initializer of a local declared in <paramref name="method"/> (const or var), through <c>ToList()</c>, <c>ToArray()</c>, <c>ToHashSet()</c> and <c>AsEnumerable()</c>.</summary>
    public static ExpressionSyntax? LocalInitializer(string name, BaseMethodDeclarationSyntax method)
    {
        var value = method.DescendantNodes().OfType<VariableDeclaratorSyntax>().FirstOrDefault(v => v.Identifier.ValueText == name)?.Initializer?.Value;
        while (value is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ToList" or "ToArray" or "ToHashSet" or "AsEnumerable", Expression: var inner }, ArgumentList.Arguments: [] })
        {
            value = inner;
        }

        return value;
    }
}
