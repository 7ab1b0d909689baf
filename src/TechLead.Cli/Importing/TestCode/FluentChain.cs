using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TechLead.Cli.Importing.TestCode;

/// <summary>
/// A fluent call chain read left to right, <c>Types.InAssembly(a).That().ResideInNamespace("X")...</c>:
/// <see cref="Root"/> is what the first call is made on (<c>Types</c>; null for <c>Types()</c> imported with
/// <c>using static</c>), <see cref="Links"/> the calls. A chain that starts from a local or a field is
/// continued from its initializer when it is assigned once.
/// </summary>
internal sealed class FluentChain
{
    private const int MaxExpansions = 8;

    private FluentChain(ExpressionSyntax? root, IReadOnlyList<ChainLink> links)
    {
        Root = root;
        Links = links;
    }

    public ExpressionSyntax? Root { get; }

    public IReadOnlyList<ChainLink> Links { get; }

    public string RootName => Root switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        _ => string.Empty,
    };

    /// <summary>The chain as one line, for quoting under "Not imported".</summary>
    public string Text => string.Join(".", new[] { Root?.ToString() }.Where(r => r is not null).Concat(Links.Select(l => l.Name + "(" + string.Join(", ", l.Arguments) + ")")));

    public static FluentChain Read(ExpressionSyntax expression, TestCodeIndex index) => Read(expression, index, 0);

    private static FluentChain Read(ExpressionSyntax expression, TestCodeIndex index, int expansions)
    {
        var links = new List<ChainLink>();
        var current = expression;
        while (true)
        {
            switch (current)
            {
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member } call:
                    links.Add(new ChainLink(member.Name.Identifier.ValueText, call.ArgumentList.Arguments, call));
                    current = member.Expression;
                    continue;
                case InvocationExpressionSyntax { Expression: SimpleNameSyntax name } call:
                    links.Add(new ChainLink(name.Identifier.ValueText, call.ArgumentList.Arguments, call));
                    links.Reverse();
                    return Inlined(new FluentChain(null, links), index, expansions);
                case ParenthesizedExpressionSyntax parenthesized:
                    current = parenthesized.Expression;
                    continue;
                case SwitchExpressionSyntax switched when expansions < MaxExpansions && ChosenArm(switched, index) is { } chosen:
                    // A helper choosing a selection by its argument: GetServiceTypes(serviceName) => serviceName switch { ... }.
                    current = chosen;
                    continue;
                case PostfixUnaryExpressionSyntax suppressed when suppressed.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.SuppressNullableWarningExpression):
                    current = suppressed.Operand;
                    continue;
                case IdentifierNameSyntax or MemberAccessExpressionSyntax when expansions < MaxExpansions && index.Resolution.MemberValue(current) is { } value && !Contains(value, current):
                    // A local, field or property holding the start of the chain (Layers.Domain, a base-class field, a loop variable).
                    var inner = Read(value, index, expansions + 1);
                    links.Reverse();
                    return new FluentChain(inner.Root, [.. inner.Links, .. links]);
                default:
                    links.Reverse();
                    return Inlined(new FluentChain(current, links), index, expansions);
            }
        }
    }

    // The arm a switch on a string known without running the code takes: constant patterns compared as C# does, a
    // discard when none matches; null when the value, a pattern or a guard is not known.
    private static ExpressionSyntax? ChosenArm(SwitchExpressionSyntax switched, TestCodeIndex index)
    {
        var governing = switched.GoverningExpression;
        while (governing is IdentifierNameSyntax name && ValueBindings.ValueOf(name) is { } bound)
        {
            governing = bound;
        }

        var strings = new StringValues(index.Resolution);
        if (strings.Resolve(governing) is not { } value)
        {
            return null;
        }

        foreach (var arm in switched.Arms)
        {
            switch (arm.Pattern)
            {
                case ConstantPatternSyntax constant when arm.WhenClause is null && strings.Resolve(constant.Expression) is { } armValue:
                    if (armValue == value)
                    {
                        return arm.Expression;
                    }

                    break;
                case DiscardPatternSyntax when arm.WhenClause is null:
                    return arm.Expression;
                default:
                    return null;
            }
        }

        return null;
    }

    // A chain that starts with a call of a helper declared in source (Handlers(), TypesIn("Shop.Domain"), Layers.Of(module))
    // continues from what the helper returns, its parameters bound to the arguments for as long as the chain is read.
    private static FluentChain Inlined(FluentChain chain, TestCodeIndex index, int expansions)
    {
        if (expansions >= MaxExpansions || chain.Links.Count == 0 || chain.Links[0].Node is not InvocationExpressionSyntax call
            || index.Resolution.MethodOf(call) is not { } method || Returned(method) is not { } returned)
        {
            return chain;
        }

        var parameters = method.ParameterList.Parameters;
        var arguments = call.ArgumentList.Arguments;
        var extension = parameters.Count == arguments.Count + 1;
        if (extension)
        {
            if (chain.Root is null)
            {
                return chain;
            }

            ValueBindings.BindForChain(method, parameters[0].Identifier.ValueText, chain.Root);
        }

        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i].NameColon is not null || parameters[i + (extension ? 1 : 0)].Modifiers.Any(m => m.ValueText == "params"))
            {
                return chain;
            }

            ValueBindings.BindForChain(method, parameters[i + (extension ? 1 : 0)].Identifier.ValueText, arguments[i].Expression);
        }

        var inner = Read(returned, index, expansions + 1);
        return new FluentChain(inner.Root, [.. inner.Links, .. chain.Links.Skip(1)]);
    }

    /// <summary>
    /// What a method returns when that is one expression (an expression body, a body whose only return it is), or the one
    /// statement of a helper that checks a rule (<c>void Check(IArchRule rule) { rule.Check(Architecture); }</c>).
    /// </summary>
    public static ExpressionSyntax? Returned(MethodDeclarationSyntax method)
    {
        if (method.ExpressionBody is { Expression: var body })
        {
            return body;
        }

        if (method.Body?.Statements is [ExpressionStatementSyntax { Expression: var single }])
        {
            return single;
        }

        var returns = method.Body?.DescendantNodes().OfType<ReturnStatementSyntax>().ToList();
        return returns is [{ Expression: { } only }] ? only : null;
    }

    // A field whose initializer starts from a name of the same spelling (Types Types = Types.InAssembly(...)) names itself
    // only in its declaration: there the name is the library's type, not the field again.
    private static bool Contains(SyntaxNode value, SyntaxNode current) => value.SyntaxTree == current.SyntaxTree && value.Span.Contains(current.Span);

    /// <summary>The initializer of a local assigned once, or of a field declared in the enclosing types.</summary>
    public static ExpressionSyntax? Initializer(IdentifierNameSyntax variable, TestCodeIndex index)
    {
        var name = variable.Identifier.ValueText;
        var member = variable.FirstAncestorOrSelf<MemberDeclarationSyntax>(m => m is BaseMethodDeclarationSyntax or PropertyDeclarationSyntax or FieldDeclarationSyntax);
        if (member is not null)
        {
            var locals = member.DescendantNodes().OfType<VariableDeclaratorSyntax>().Where(v => v.Identifier.ValueText == name && v.Parent?.Parent is LocalDeclarationStatementSyntax).ToList();
            if (locals.Count > 0)
            {
                var assigned = member.DescendantNodes().OfType<AssignmentExpressionSyntax>().Any(a => a.Left is IdentifierNameSyntax { Identifier.ValueText: var left } && left == name);
                return locals.Count == 1 && !assigned ? locals[0].Initializer?.Value : null;
            }
        }

        // A member of the enclosing types or of their base classes (TestBase.DomainAssembly), as C# finds it;
        // else the only member of that name under the root. Never a guess between several.
        var types = new TypeReferences(index);
        foreach (var type in variable.Ancestors().OfType<TypeDeclarationSyntax>())
        {
            if (MemberOf(type, name, types, 0) is { } found)
            {
                return ValueOf(found);
            }
        }

        var candidates = index.MembersNamed(name);
        return candidates.Count == 1 ? ValueOf(candidates[0]) : null;
    }

    /// <summary>The field or property <paramref name="name"/> declared in <paramref name="owner"/> or, when not there, in its base classes.</summary>
    public static SyntaxNode? MemberOf(TypeDeclarationSyntax owner, string name, TypeReferences types, int depth)
    {
        foreach (var member in owner.Members)
        {
            switch (member)
            {
                case PropertyDeclarationSyntax property when property.Identifier.ValueText == name:
                    return property;
                case FieldDeclarationSyntax field when field.Declaration.Variables.FirstOrDefault(v => v.Identifier.ValueText == name) is { } variable:
                    return variable;
            }
        }

        if (depth >= MaxExpansions || owner.BaseList is null)
        {
            return null;
        }

        foreach (var baseType in owner.BaseList.Types)
        {
            if (types.Resolve(baseType.Type) is { Declaration: TypeDeclarationSyntax declaration } && MemberOf(declaration, name, types, depth + 1) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    public static ExpressionSyntax? ValueOf(SyntaxNode member) => member switch
    {
        VariableDeclaratorSyntax field => field.Initializer?.Value,
        PropertyDeclarationSyntax property => property.ExpressionBody?.Expression ?? property.Initializer?.Value
            ?? (property.AccessorList?.Accessors.FirstOrDefault(a => a.Keyword.ValueText == "get") is { } get
                ? get.ExpressionBody?.Expression ?? (get.Body?.Statements is [ReturnStatementSyntax { Expression: var returned }] ? returned : null)
                : null),
        _ => null,
    };
}
