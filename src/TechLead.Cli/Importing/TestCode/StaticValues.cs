using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TechLead.Cli.Importing.TestCode;

/// <summary>
/// Lists and strings a suite computes from data written in its code, evaluated without running it: arrays, collection
/// and dictionary initializers in readonly fields and properties, the LINQ operators suites use on them (<c>Where</c>,
/// <c>Select</c>, <c>SelectMany</c>, <c>Except</c>, <c>Single</c>...), with lambdas over <c>==</c>, <c>string.Equals</c>,
/// <c>Regex.IsMatch</c>, <c>StartsWith</c>..., indexers of those dictionaries, and helpers declared in source that return
/// them. A value is a string, a bool, a list or a dictionary entry; anything else (I/O, reflection, a field some code
/// writes) is unknown (null), never guessed.
/// </summary>
internal sealed class StaticValues(TestCodeArguments arguments)
{
    private const int MaxDepth = 32;

    private static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(200);

    /// <summary>A dictionary's entry, or a row of two values written <c>{ a, b }</c> in a collection initializer.</summary>
    public sealed record Entry(object Key, object Value);

    /// <summary>The strings of a list the code computes; null when any element is unknown or not a string.</summary>
    public IReadOnlyList<string>? Strings(ExpressionSyntax expression) =>
        Evaluate(expression, Empty, 0) is IReadOnlyList<object> list && list.All(e => e is string) ? list.Cast<string>().ToList() : null;

    /// <summary>The string the code computes; null when unknown.</summary>
    public string? String(ExpressionSyntax expression) => Evaluate(expression, Empty, 0) as string;

    /// <summary>The value of <paramref name="expression"/> (a string, bool, list or entry), or null when it is known only at run time.</summary>
    public object? Value(ExpressionSyntax expression) => Evaluate(expression, Empty, 0);

    /// <summary>The elements <c>yield return</c> produces in <paramref name="method"/>, or its returned value; null when unknown.</summary>
    public IReadOnlyList<object>? Produced(BaseMethodDeclarationSyntax method, IReadOnlyDictionary<string, object>? parameters = null)
    {
        var environment = parameters ?? Empty;
        var yields = method.DescendantNodes().OfType<YieldStatementSyntax>().Where(y => y.IsKind(SyntaxKind.YieldReturnStatement)).ToList();
        if (yields.Count > 0)
        {
            // Only straight-line yields: a loop or a condition around them makes the rows known only at run time.
            if (yields.Any(y => y.Parent != method.Body) || method.Body!.Statements.Any(s => s is not (YieldStatementSyntax or LocalDeclarationStatementSyntax)))
            {
                return null;
            }

            var rows = yields.Select(y => y.Expression is { } e ? Evaluate(e, environment, 0) : null).ToList();
            return rows.All(r => r is not null) ? rows.Cast<object>().ToList() : null;
        }

        var returned = method switch
        {
            MethodDeclarationSyntax m => FluentChain.Returned(m),
            _ => null,
        };
        return returned is not null && Evaluate(returned, environment, 0) is IReadOnlyList<object> list ? list : null;
    }

    private static readonly IReadOnlyDictionary<string, object> Empty = new Dictionary<string, object>(StringComparer.Ordinal);

    private object? Evaluate(ExpressionSyntax expression, IReadOnlyDictionary<string, object> environment, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        var next = depth + 1;
        switch (expression)
        {
            case IdentifierNameSyntax identifier when environment.TryGetValue(identifier.Identifier.ValueText, out var bound):
                return bound;
            case ParenthesizedExpressionSyntax parenthesized:
                return Evaluate(parenthesized.Expression, environment, next);
            case PostfixUnaryExpressionSyntax suppressed when suppressed.IsKind(SyntaxKind.SuppressNullableWarningExpression):
                return Evaluate(suppressed.Operand, environment, next);
            case CastExpressionSyntax cast:
                return Evaluate(cast.Expression, environment, next);
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                return literal.Token.ValueText;
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.TrueLiteralExpression) || literal.IsKind(SyntaxKind.FalseLiteralExpression):
                return literal.IsKind(SyntaxKind.TrueLiteralExpression);
            case InterpolatedStringExpressionSyntax interpolated:
                return Interpolation(interpolated, environment, next);
            case BinaryExpressionSyntax binary:
                return Binary(binary, environment, next);
            case PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalNotExpression } not:
                return Evaluate(not.Operand, environment, next) is bool value ? !value : null;
            case ArrayCreationExpressionSyntax { Initializer: { } initializer }:
                return Elements(initializer.Expressions, environment, next);
            case ImplicitArrayCreationExpressionSyntax implicitArray:
                return Elements(implicitArray.Initializer.Expressions, environment, next);
            case CollectionExpressionSyntax collection when collection.Elements.All(e => e is ExpressionElementSyntax):
                return Elements(collection.Elements.OfType<ExpressionElementSyntax>().Select(e => e.Expression), environment, next);
            case InitializerExpressionSyntax initializer:
                return Elements(initializer.Expressions, environment, next);
            case BaseObjectCreationExpressionSyntax { Initializer: { } initializer, ArgumentList: null or { Arguments.Count: 0 } }:
                return Elements(initializer.Expressions, environment, next);
            case ElementAccessExpressionSyntax { ArgumentList.Arguments: [var key] } access:
                return Index(Evaluate(access.Expression, environment, next), Evaluate(key.Expression, environment, next));
            case MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Key" or "Value" } member when Evaluate(member.Expression, environment, next) is Entry entry:
                return member.Name.Identifier.ValueText == "Key" ? entry.Key : entry.Value;
            case InvocationExpressionSyntax call when Call(call, environment, next) is { } result:
                return result;
        }

        return Named(expression, environment, next);
    }

    // A constant or a name (field, property, local, bound parameter) read as the rest of the import reads it.
    private object? Named(ExpressionSyntax expression, IReadOnlyDictionary<string, object> environment, int depth)
    {
        if (expression.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Any(i => environment.ContainsKey(i.Identifier.ValueText)))
        {
            // A lambda's or helper's parameter inside: only this evaluation knows its value.
            return null;
        }

        if (arguments.TryString(expression) is { } text)
        {
            return text;
        }

        var value = expression switch
        {
            IdentifierNameSyntax identifier when ValueBindings.ValueOf(identifier) is { } bound => bound,
            IdentifierNameSyntax or MemberAccessExpressionSyntax { Name: IdentifierNameSyntax } => arguments.Resolution.MemberValue(expression),
            _ => null,
        };
        return value is null ? null : Evaluate(value, Empty, depth);
    }

    private List<object>? Elements(IEnumerable<ExpressionSyntax> expressions, IReadOnlyDictionary<string, object> environment, int depth)
    {
        var values = new List<object>();
        foreach (var expression in expressions)
        {
            object? value = expression switch
            {
                // { key, value } in a dictionary's (or TheoryData's) collection initializer.
                InitializerExpressionSyntax { RawKind: (int)SyntaxKind.ComplexElementInitializerExpression, Expressions: [var key, var item] } =>
                    Evaluate(key, environment, depth) is { } k && Evaluate(item, environment, depth) is { } v ? new Entry(k, v) : null,
                InitializerExpressionSyntax { RawKind: (int)SyntaxKind.ComplexElementInitializerExpression } complex => Elements(complex.Expressions, environment, depth),

                // ["key"] = value in an object initializer.
                AssignmentExpressionSyntax { Left: ImplicitElementAccessSyntax { ArgumentList.Arguments: [var key] }, Right: var item } =>
                    Evaluate(key.Expression, environment, depth) is { } k && Evaluate(item, environment, depth) is { } v ? new Entry(k, v) : null,
                _ => Evaluate(expression, environment, depth),
            };
            if (value is null)
            {
                return null;
            }

            values.Add(value);
        }

        return values;
    }

    private static object? Index(object? collection, object? key) => (collection, key) switch
    {
        (IReadOnlyList<object> entries, string name) when entries.All(e => e is Entry) => entries.Cast<Entry>().Where(e => Equals(e.Key, name)).Select(e => e.Value).FirstOrDefault(),
        _ => null,
    };

    private object? Binary(BinaryExpressionSyntax binary, IReadOnlyDictionary<string, object> environment, int depth)
    {
        var left = Evaluate(binary.Left, environment, depth);
        var right = Evaluate(binary.Right, environment, depth);
        return (binary.Kind(), left, right) switch
        {
            (SyntaxKind.AddExpression, string a, string b) => a + b,
            (SyntaxKind.EqualsExpression, string a, string b) => a == b,
            (SyntaxKind.NotEqualsExpression, string a, string b) => a != b,
            (SyntaxKind.LogicalAndExpression, bool a, bool b) => a && b,
            (SyntaxKind.LogicalOrExpression, bool a, bool b) => a || b,
            _ => null,
        };
    }

    private string? Interpolation(InterpolatedStringExpressionSyntax interpolated, IReadOnlyDictionary<string, object> environment, int depth)
    {
        var text = new StringBuilder();
        foreach (var content in interpolated.Contents)
        {
            switch (content)
            {
                case InterpolatedStringTextSyntax plain:
                    text.Append(plain.TextToken.ValueText);
                    break;
                case InterpolationSyntax { AlignmentClause: null, FormatClause: null } hole when Evaluate(hole.Expression, environment, depth) is string value:
                    text.Append(value);
                    break;
                default:
                    return null;
            }
        }

        return text.ToString();
    }

    private object? Call(InvocationExpressionSyntax call, IReadOnlyDictionary<string, object> environment, int depth)
    {
        var args = call.ArgumentList.Arguments.Select(a => a.Expression).ToList();
        if (call.Expression is MemberAccessExpressionSyntax { Expression: var receiver, Name.Identifier.ValueText: var name })
        {
            switch (receiver.ToString(), name)
            {
                case ("Regex" or "System.Text.RegularExpressions.Regex", "IsMatch") when args.Count == 2:
                    return Evaluate(args[0], environment, depth) is string input && Evaluate(args[1], environment, depth) is string pattern ? IsMatch(input, pattern) : null;
                case ("string" or "String" or "System.String", "Equals") when args.Count is 2 or 3:
                    return Evaluate(args[0], environment, depth) is string a && Evaluate(args[1], environment, depth) is string b
                        ? string.Equals(a, b, args.Count == 3 && args[2].ToString().EndsWith("IgnoreCase", StringComparison.Ordinal) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal)
                        : null;
            }

            var target = Evaluate(receiver, environment, depth);
            if (target is IReadOnlyList<object> list && Linq(list, name, args, environment, depth) is { } result)
            {
                return result;
            }

            if (target is string text && args.Count == 1 && Evaluate(args[0], environment, depth) is string argument)
            {
                return name switch
                {
                    "StartsWith" => text.StartsWith(argument, StringComparison.Ordinal),
                    "EndsWith" => text.EndsWith(argument, StringComparison.Ordinal),
                    "Contains" => text.Contains(argument, StringComparison.Ordinal),
                    "Equals" => text == argument,
                    _ => null,
                };
            }
        }

        return Helper(call, args, environment, depth);
    }

    // A helper declared in source (an instance method of a data class, a static method): its returned value with its
    // parameters bound to the call's values.
    private object? Helper(InvocationExpressionSyntax call, List<ExpressionSyntax> args, IReadOnlyDictionary<string, object> environment, int depth)
    {
        if ((arguments.Resolution.MethodOf(call) ?? MethodOfMember(call)) is not { } helper || helper.ParameterList.Parameters.Count != args.Count)
        {
            return null;
        }

        var parameters = new Dictionary<string, object>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            if (Evaluate(args[i], environment, depth) is not { } value)
            {
                return null;
            }

            parameters[helper.ParameterList.Parameters[i].Identifier.ValueText] = value;
        }

        return FluentChain.Returned(helper) is { } returned ? Evaluate(returned, Locals(helper, parameters, depth), depth) : null;
    }

    // Map.DomainOf(module) read from syntax: the method of the type the field or property Map is declared with, when
    // exactly one type of that name declares one method of that name and arity.
    private MethodDeclarationSyntax? MethodOfMember(InvocationExpressionSyntax call)
    {
        if (call.Expression is not MemberAccessExpressionSyntax { Expression: var receiver, Name.Identifier.ValueText: var name })
        {
            return null;
        }

        var member = receiver switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            _ => null,
        };
        if (member is null)
        {
            return null;
        }

        var declaredTypes = arguments.Index.MembersNamed(member)
            .Select(m => m switch
            {
                VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } => declaration.Type,
                PropertyDeclarationSyntax property => property.Type,
                _ => null,
            })
            .OfType<TypeSyntax>()
            .Select(t => t.ToString())
            .ToHashSet(StringComparer.Ordinal);
        var methods = arguments.Index.MethodsNamed(name)
            .Where(m => m.ParameterList.Parameters.Count == call.ArgumentList.Arguments.Count
                && m.FirstAncestorOrSelf<TypeDeclarationSyntax>() is { } owner && declaredTypes.Contains(owner.Identifier.ValueText))
            .ToList();
        return methods is [var only] ? only : null;
    }

    // A helper's parameters and the locals it assigns once before its return (var pattern = $"{module}.Domain*").
    private Dictionary<string, object> Locals(MethodDeclarationSyntax helper, Dictionary<string, object> parameters, int depth)
    {
        foreach (var local in helper.Body?.Statements.OfType<LocalDeclarationStatementSyntax>() ?? [])
        {
            foreach (var variable in local.Declaration.Variables)
            {
                if (variable.Initializer?.Value is { } value && Evaluate(value, parameters, depth) is { } known)
                {
                    parameters[variable.Identifier.ValueText] = known;
                }
            }
        }

        return parameters;
    }

    private object? Linq(IReadOnlyList<object> list, string name, List<ExpressionSyntax> args, IReadOnlyDictionary<string, object> environment, int depth)
    {
        switch (name, args.Count)
        {
            case ("ToArray" or "ToList" or "AsEnumerable" or "GetEnumerator" or "ToImmutableArray" or "ToHashSet", 0):
                return list;
            case ("Distinct", 0):
                return list.Distinct().ToList();
            case ("Except" or "Concat" or "Union", 1):
                return Evaluate(args[0], environment, depth) is IReadOnlyList<object> other
                    ? name switch
                    {
                        "Except" => list.Except(other).ToList(),
                        "Concat" => list.Concat(other).ToList(),
                        _ => list.Union(other).ToList(),
                    }
                    : null;
            case ("Where", 1):
                return Each(list, args[0], environment, depth) is { } kept && kept.All(k => k is bool) ? list.Where((_, i) => (bool)kept[i]).ToList() : null;
            case ("Select", 1):
                return Each(list, args[0], environment, depth);
            case ("SelectMany", 1):
                return Each(list, args[0], environment, depth) is { } nested && nested.All(n => n is IReadOnlyList<object>) ? nested.SelectMany(n => (IReadOnlyList<object>)n).ToList() : null;
            case ("Single" or "SingleOrDefault" or "First" or "FirstOrDefault", 0 or 1):
                var matching = args.Count == 0 ? list : Linq(list, "Where", args, environment, depth) as IReadOnlyList<object>;
                return matching switch
                {
                    null => null,
                    [var only] => only,
                    [var first, ..] when name.StartsWith("First", StringComparison.Ordinal) => first,
                    _ => null,
                };
            default:
                return null;
        }
    }

    // The lambda applied to each element; null when it is not a one-parameter lambda or any result is unknown.
    private List<object>? Each(IReadOnlyList<object> list, ExpressionSyntax lambda, IReadOnlyDictionary<string, object> environment, int depth)
    {
        var (parameter, body) = lambda switch
        {
            SimpleLambdaExpressionSyntax { ExpressionBody: { } expression } simple => (simple.Parameter.Identifier.ValueText, expression),
            ParenthesizedLambdaExpressionSyntax { ParameterList.Parameters: [var only], ExpressionBody: { } expression } => (only.Identifier.ValueText, expression),
            _ => (string.Empty, null),
        };
        if (body is null)
        {
            return null;
        }

        var results = new List<object>();
        foreach (var element in list)
        {
            var scope = new Dictionary<string, object>(environment, StringComparer.Ordinal) { [parameter] = element };
            if (Evaluate(body, scope, depth) is not { } result)
            {
                return null;
            }

            results.Add(result);
        }

        return results;
    }

    private static bool? IsMatch(string input, string pattern)
    {
        try
        {
            return Regex.IsMatch(input, pattern, RegexOptions.None, RegexTimeout);
        }
        catch (ArgumentException)
        {
            return null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }
}
