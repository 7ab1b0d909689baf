using System.Linq;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TechLead.Rules.Writing;

namespace TechLead.Cli.Importing.TestCode;

/// <summary>
/// The assembly name behind <c>typeof(X).Assembly</c>, <c>Assembly.GetAssembly(typeof(X))</c>,
/// <c>Assembly.Load("Name")</c>, <c>Assembly.GetExecutingAssembly()</c> or a field, property or local holding one of them:
/// the assembly <c>X</c> is compiled into, as the <see cref="IValueResolution"/> knows it.
/// </summary>
internal sealed class AssemblyArguments(TestCodeArguments arguments)
{
    private const int MaxDepth = 8;

    /// <summary>
    /// Requires the assembly <paramref name="expression"/> names in every group of <paramref name="selector"/>: one name, or
    /// the assembly-name glob of assemblies a loop finds on disk (ADR-0064).
    /// </summary>
    public void Scope(ChainSelector selector, ExpressionSyntax? expression)
    {
        if (DiscoveredAssemblies.Marked(expression) is { } discovered)
        {
            Scope(selector, discovered);
            return;
        }

        selector.RequireEverywhere("assembly", Name(expression));
    }

    /// <summary>Requires one of <paramref name="expression"/>'s assemblies: a list written in the code, or assemblies found on disk.</summary>
    public void ScopeToAny(ChainSelector selector, ExpressionSyntax expression)
    {
        if (arguments.List(expression, 0) is { } list)
        {
            selector.RequireOneOfEverywhere("assembly", list.Select(a => Name(a)).ToList());
            return;
        }

        Scope(selector, new DiscoveredAssemblies(arguments).Of(expression)
            ?? throw new UntranslatableException($"the assemblies given to 'InAssemblies' ('{expression}') are known only when the test runs"));
    }

    private static void Scope(ChainSelector selector, AssemblyGlob discovered)
    {
        selector.RequireEverywhere("assembly", discovered.Include);
        foreach (var excluded in discovered.Excluded)
        {
            selector.ExcludeEverywhere(SelectorDraft.One("assembly", excluded));
        }
    }

    public string Name(ExpressionSyntax? expression) => Name(expression, 0)
        ?? throw new UntranslatableException($"the assembly '{expression}' is not known without running the code: name a type it declares, e.g. typeof(Order).Assembly");

    private string? Name(ExpressionSyntax? expression, int depth)
    {
        if (expression is null || depth > MaxDepth)
        {
            return null;
        }

        if (DiscoveredAssemblies.Marked(expression) is { } discovered)
        {
            throw new UntranslatableException(discovered.UsedAsOne(expression));
        }

        switch (expression)
        {
            case MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Assembly", Expression: TypeOfExpressionSyntax typeOf }:
                return OfType(typeOf.Type);
            case MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Assembly", Expression: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetTypeInfo", Expression: TypeOfExpressionSyntax typeOf } } }:
                return OfType(typeOf.Type);
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetAssembly" } } call when call.ArgumentList.Arguments is [{ Expression: TypeOfExpressionSyntax typeOf }]:
                return OfType(typeOf.Type);
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Load" } } call when call.ArgumentList.Arguments.Count == 1:
                // Assembly.Load(name): a constant, or a name the suite computes from data it declares (ADR-0053).
                return arguments.TryString(call.ArgumentList.Arguments[0].Expression) ?? new StaticValues(arguments).String(call.ArgumentList.Arguments[0].Expression);
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetExecutingAssembly", Expression: var owner } } call when call.ArgumentList.Arguments.Count == 0 && owner.ToString() is "Assembly" or "System.Reflection.Assembly":
                return arguments.Resolution.AssemblyOfCode(call);
            case IdentifierNameSyntax or MemberAccessExpressionSyntax { Name: IdentifierNameSyntax }:
                return Name(arguments.Resolution.MemberValue(expression), depth + 1);
            default:
                return null;
        }
    }

    private string OfType(TypeSyntax type)
    {
        var resolved = arguments.Type(type);
        return resolved.Assembly ?? throw new UntranslatableException(resolved.WhyNoAssembly);
    }
}
