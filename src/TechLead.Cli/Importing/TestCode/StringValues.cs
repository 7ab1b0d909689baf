using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TechLead.Cli.Importing.TestCode;

/// <summary>
/// The value of a string argument when it is known without running the code: literals, <c>const</c> and
/// <c>static readonly</c> string fields (here or in another type under the root), locals assigned once,
/// <c>nameof</c>, <c>+</c> and interpolations of those. Anything else is unknown (null).
/// </summary>
internal sealed class StringValues(TestCodeIndex index)
{
    private const int MaxDepth = 16;

    public string? Resolve(ExpressionSyntax expression) => Resolve(expression, 0);

    private string? Resolve(ExpressionSyntax expression, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
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
            case IdentifierNameSyntax identifier:
                return Variable(identifier, null, depth);
            case MemberAccessExpressionSyntax { Expression: var owner, Name: IdentifierNameSyntax member }:
                return Variable(member, LastIdentifier(owner), depth);
            default:
                return null;
        }
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

    private static string? LastIdentifier(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        _ => null,
    };

    // A local assigned once in the same member, else a string field: first in the enclosing types, then anywhere under the root if unique.
    private string? Variable(IdentifierNameSyntax name, string? ownerType, int depth)
    {
        var text = name.Identifier.ValueText;
        if (ownerType is null && IsLocal(name, text))
        {
            return Local(name, text) is { Initializer.Value: var value } local && IsStringConstant(local) ? Resolve(value, depth + 1) : null;
        }

        var candidates = index.FieldsNamed(text, ownerType).Where(IsStringConstant).ToList();
        if (ownerType is null)
        {
            var enclosing = name.Ancestors().OfType<BaseTypeDeclarationSyntax>().Select(t => t.Identifier.ValueText).ToHashSet();
            var inEnclosing = candidates.Where(f => f.FirstAncestorOrSelf<BaseTypeDeclarationSyntax>() is { } t && enclosing.Contains(t.Identifier.ValueText)).ToList();
            if (inEnclosing.Count > 0)
            {
                candidates = inEnclosing;
            }
        }

        var values = candidates.Select(f => f.Initializer is { Value: var v } ? Resolve(v, depth + 1) : null).Distinct().ToList();
        return values.Count == 1 ? values[0] : null;
    }

    private static bool IsLocal(SyntaxNode at, string name) =>
        at.FirstAncestorOrSelf<MemberDeclarationSyntax>()?.DescendantNodes().OfType<VariableDeclaratorSyntax>()
            .Any(v => v.Identifier.ValueText == name && v.Parent?.Parent is LocalDeclarationStatementSyntax) == true;

    private static VariableDeclaratorSyntax? Local(SyntaxNode at, string name)
    {
        var body = at.FirstAncestorOrSelf<MemberDeclarationSyntax>();
        var locals = body?.DescendantNodes().OfType<LocalDeclarationStatementSyntax>()
            .SelectMany(d => d.Declaration.Variables)
            .Where(v => v.Identifier.ValueText == name)
            .ToList();
        // Assigned again somewhere in the member: its value depends on the path taken, so it is not a constant.
        var reassigned = body?.DescendantNodes().OfType<AssignmentExpressionSyntax>().Any(a => a.Left is IdentifierNameSyntax { Identifier.ValueText: var left } && left == name) == true;
        return locals is { Count: 1 } && !reassigned ? locals[0] : null;
    }

    // const, or a readonly/static field nobody writes (a static readonly string with a literal is how many teams keep namespace names).
    private static bool IsStringConstant(VariableDeclaratorSyntax variable)
    {
        if (variable.Parent is not VariableDeclarationSyntax { Type: var type } declaration)
        {
            return false;
        }

        var isString = type is PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.StringKeyword } or IdentifierNameSyntax { Identifier.ValueText: "String" or "var" };
        return declaration.Parent switch
        {
            FieldDeclarationSyntax field => isString && field.Modifiers.Any(m => m.IsKind(SyntaxKind.ConstKeyword) || m.IsKind(SyntaxKind.ReadOnlyKeyword)),
            LocalDeclarationStatementSyntax => isString,
            _ => false,
        };
    }
}
