using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TechLead.Cli.Importing.TestCode;

/// <summary>
/// The value of a string argument when it is known without running the code: literals, <c>nameof</c>, <c>+</c> and
/// interpolations, <c>typeof(X).Namespace</c>/<c>.FullName</c>/<c>.Name</c>, and names (constants, fields, locals) as
/// the <see cref="IValueResolution"/> reads them. Anything else is unknown (null).
/// </summary>
internal sealed class StringValues(IValueResolution resolution)
{
    private const int MaxDepth = 16;

    public string? Resolve(ExpressionSyntax expression) => Resolve(expression, 0);

    private string? Resolve(ExpressionSyntax expression, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        if (resolution.Constant(expression) is { } constant)
        {
            return constant;
        }

        switch (expression)
        {
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                return literal.Token.ValueText;
            case ParenthesizedExpressionSyntax parenthesized:
                return Resolve(parenthesized.Expression, depth + 1);
            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression):
                return Resolve(binary.Left, depth + 1) is { } left && Resolve(binary.Right, depth + 1) is { } right ? left + right : null;
            case InterpolatedStringExpressionSyntax interpolated:
                return Interpolation(interpolated, depth);
            case InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } } nameOf when nameOf.ArgumentList.Arguments.Count == 1:
                return NameOf(nameOf.ArgumentList.Arguments[0].Expression);
            case MemberAccessExpressionSyntax { Expression: TypeOfExpressionSyntax typeOf, Name.Identifier.ValueText: var property }:
                return TypeName(typeOf.Type, property);
            case IdentifierNameSyntax or MemberAccessExpressionSyntax:
                return resolution.NameValue(expression, e => Resolve(e, depth + 1));
            default:
                return null;
        }
    }

    // typeof(Order).Namespace: the reflection property of the type the name binds to (not of a generic instance).
    private string? TypeName(TypeSyntax type, string property)
    {
        if (property is not ("Namespace" or "FullName" or "Name") || type is GenericNameSyntax { IsUnboundGenericName: false } || resolution.Type(type, out _) is not { } resolved)
        {
            return null;
        }

        return property switch
        {
            "Namespace" => resolved.Namespace,
            "Name" => resolved.Name,

            // Reflection writes a nested type Outer+Inner, which no rule name means.
            _ => resolved.FullName == (resolved.Namespace.Length == 0 ? resolved.Name : resolved.Namespace + "." + resolved.Name) ? resolved.FullName : null,
        };
    }

    private string? Interpolation(InterpolatedStringExpressionSyntax interpolated, int depth)
    {
        var text = new StringBuilder();
        foreach (var content in interpolated.Contents)
        {
            switch (content)
            {
                case InterpolatedStringTextSyntax plain:
                    text.Append(plain.TextToken.ValueText);
                    break;
                case InterpolationSyntax { AlignmentClause: null, FormatClause: null } hole when Resolve(hole.Expression, depth + 1) is { } value:
                    text.Append(value);
                    break;
                default:
                    return null;
            }
        }

        return text.ToString();
    }

    private static string? NameOf(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        GenericNameSyntax generic => generic.Identifier.ValueText,
        _ => null,
    };
}
