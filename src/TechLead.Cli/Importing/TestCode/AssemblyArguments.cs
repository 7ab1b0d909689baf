using System.Linq;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TechLead.Cli.Importing.TestCode;

/// <summary>
/// The assembly name behind <c>typeof(X).Assembly</c>, <c>Assembly.GetAssembly(typeof(X))</c>,
/// <c>Assembly.Load("Name")</c> or a field or local holding one of them: the project that declares X.
/// </summary>
internal sealed class AssemblyArguments(TestCodeArguments arguments)
{
    private const int MaxDepth = 8;

    public string Name(ExpressionSyntax? expression) => Name(expression, 0)
        ?? throw new UntranslatableException($"the assembly '{expression}' is not known without building: name a type declared under the import root, e.g. typeof(Order).Assembly");

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
                return arguments.TryString(call.ArgumentList.Arguments[0].Expression);
            case IdentifierNameSyntax variable:
                return Name(FluentChain.Initializer(variable, arguments.Index), depth + 1);
            case MemberAccessExpressionSyntax { Expression: var owner, Name: IdentifierNameSyntax member } when arguments.TryType(owner) is { Declaration: TypeDeclarationSyntax declaration }:
                // Domain.AssemblyReference.Assembly: the member as the owner type declares it.
                return FluentChain.MemberOf(declaration, member.Identifier.ValueText, arguments.Types, 0) is { } found ? Name(FluentChain.ValueOf(found), depth + 1) : null;
            case MemberAccessExpressionSyntax { Name: IdentifierNameSyntax member }:
                return Name(FluentChain.Initializer(member, arguments.Index), depth + 1);
            default:
                return null;
        }
    }

    private string OfType(TypeSyntax type)
    {
        var declared = arguments.Type(type);
        return arguments.Index.AssemblyOf(declared.FilePath)
            ?? throw new UntranslatableException($"no project file declares '{type}' under the import root, so its assembly name is unknown");
    }
}
