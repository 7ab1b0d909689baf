using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TechLead.Cli.Importing.TestCode;

/// <summary>
/// The assembly name behind <c>typeof(X).Assembly</c>, <c>Assembly.GetAssembly(typeof(X))</c>,
/// <c>Assembly.Load("Name")</c>, <c>Assembly.GetExecutingAssembly()</c> or a field, property or local holding one of them:
/// the assembly <c>X</c> is compiled into, as the <see cref="IValueResolution"/> knows it.
/// </summary>
internal sealed class AssemblyArguments(TestCodeArguments arguments)
{
    private const int MaxDepth = 8;

    public string Name(ExpressionSyntax? expression) => Name(expression, 0)
        ?? throw new UntranslatableException($"the assembly '{expression}' is not known without running the code: name a type it declares, e.g. typeof(Order).Assembly");

    private string? Name(ExpressionSyntax? expression, int depth)
    {
        if (expression is null || depth > MaxDepth)
        {
            return null;
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
