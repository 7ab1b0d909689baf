using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TechLead.Cli.Importing.TestCode;

/// <summary>
/// Reads the arguments of chain calls, strings (constants resolved) and <c>typeof(X)</c> types, or says why not. What a
/// name stands for comes from the <see cref="Resolution"/>: the semantic model where the file's project loaded, else syntax.
/// </summary>
internal sealed class TestCodeArguments
{
    private readonly StringValues strings;

    public TestCodeArguments(TestCodeIndex index)
    {
        Index = index;
        Resolution = index.Resolution;
        strings = new StringValues(Resolution);
    }

    public TestCodeIndex Index { get; }

    public IValueResolution Resolution { get; }

    public string String(ChainLink link, int position = 0)
    {
        var argument = Argument(link, position);
        return Resolve(argument.Expression) ?? throw new UntranslatableException(WhyUnknown(argument.Expression, link));
    }

    // A constant, or the name of an assembly: DomainAssembly.GetName().Name, also behind a helper's parameter, a `!`, or a
    // helper declared in source that returns it (static string AssemblyName(Assembly a) => a.GetName().Name!).
    private string? Resolve(ExpressionSyntax expression, int depth = 0)
    {
        if (strings.Resolve(expression) is { } value)
        {
            return value;
        }

        if (depth > MaxHelperDepth)
        {
            return null;
        }

        switch (expression)
        {
            case PostfixUnaryExpressionSyntax suppressed when suppressed.IsKind(SyntaxKind.SuppressNullableWarningExpression):
                return Resolve(suppressed.Operand, depth + 1);
            case IdentifierNameSyntax identifier when ValueBindings.ValueOf(identifier) is { } bound:
                return Resolve(bound, depth + 1);
            case InvocationExpressionSyntax call when call.Expression is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetName" }:
                return Returned(call, depth) ?? (depth == 0 ? new StaticValues(this).String(expression) : null);
        }

        if (expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Name", Expression: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetName", Expression: var assembly } } })
        {
            try
            {
                return new AssemblyArguments(this).Name(assembly);
            }
            catch (UntranslatableException)
            {
                return null;
            }
        }

        // A string the code computes from data it declares: modules.Single(m => m.EndsWith(".Domain")).
        return depth == 0 ? new StaticValues(this).String(expression) : null;
    }

    private const int MaxHelperDepth = 8;

    // The string a helper declared in source returns, its parameters bound to the call's arguments while it is read.
    private string? Returned(InvocationExpressionSyntax call, int depth)
    {
        if (Resolution.MethodOf(call) is not { } helper || FluentChain.Returned(helper) is not { } returned
            || helper.ParameterList.Parameters.Count != call.ArgumentList.Arguments.Count
            || call.ArgumentList.Arguments.Any(a => a.NameColon is not null) || helper.ParameterList.Parameters.Any(p => p.Modifiers.Any(m => m.ValueText == "params")))
        {
            return null;
        }

        var bindings = new List<System.IDisposable>();
        try
        {
            for (var i = 0; i < call.ArgumentList.Arguments.Count; i++)
            {
                bindings.Add(ValueBindings.Bind(helper, helper.ParameterList.Parameters[i].Identifier.ValueText, call.ArgumentList.Arguments[i].Expression));
            }

            return Resolve(returned, depth + 1);
        }
        finally
        {
            bindings.Reverse();
            bindings.ForEach(b => b.Dispose());
        }
    }

    public IReadOnlyList<string> Strings(ChainLink link)
    {
        if (link.Arguments.Count == 0)
        {
            throw new UntranslatableException($"'{link.Name}' without arguments");
        }

        if (link.Arguments.Count == 1 && List(link.Arguments[0].Expression, 0) is { } elements)
        {
            return elements.Select(e => Resolve(e) ?? throw new UntranslatableException(WhyUnknown(e, link))).ToList();
        }

        return link.Arguments.Select(a => Resolve(a.Expression) ?? throw new UntranslatableException(WhyUnknown(a.Expression, link))).ToList();
    }

    public string? TryString(ExpressionSyntax expression) => strings.Resolve(expression);

    /// <summary>
    /// The elements of a list written out in the code: <c>new[] { a, b }</c>, <c>[a, b]</c>, <c>string[] x = { a, b }</c>, or a
    /// local, field or property holding one (<c>var forbidden = new[] { ... }</c>); null for a list built at run time.
    /// </summary>
    public IReadOnlyList<ExpressionSyntax>? List(ExpressionSyntax expression, int depth) => expression switch
    {
        ArrayCreationExpressionSyntax { Initializer: { } initializer } => initializer.Expressions,
        ImplicitArrayCreationExpressionSyntax implicitArray => implicitArray.Initializer.Expressions,
        CollectionExpressionSyntax collection when collection.Elements.All(e => e is ExpressionElementSyntax) => collection.Elements.OfType<ExpressionElementSyntax>().Select(e => e.Expression).ToList(),
        InitializerExpressionSyntax initializer when initializer.IsKind(SyntaxKind.ArrayInitializerExpression) => initializer.Expressions,
        ObjectCreationExpressionSyntax { Initializer: { } initializer, ArgumentList: null or { Arguments.Count: 0 } } when initializer.IsKind(SyntaxKind.CollectionInitializerExpression) => initializer.Expressions,
        ParenthesizedExpressionSyntax parenthesized => List(parenthesized.Expression, depth + 1),
        InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ToArray" or "ToList", Expression: var list }, ArgumentList.Arguments.Count: 0 } => List(list, depth + 1),
        IdentifierNameSyntax or MemberAccessExpressionSyntax when depth < 4 && Resolution.MemberValue(expression) is { } value => List(value, depth + 1) ?? Computed(expression),
        _ => Computed(expression),
    };

    // A list the code computes from data it declares (ModuleList.DomainOf(module), names.Where(...).ToArray()), as literals.
    private List<ExpressionSyntax>? Computed(ExpressionSyntax expression) =>
        new StaticValues(this).Strings(expression)?.Select(s => (ExpressionSyntax)SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(s))).ToList();

    /// <summary>The full name (TechLead spelling) of <c>typeof(X)</c> given at <paramref name="position"/>.</summary>
    public ResolvedType Type(ChainLink link, int position = 0)
    {
        var argument = Argument(link, position);
        if (TypeOf(argument.Expression) is not { } typeOf)
        {
            throw new UntranslatableException($"'{link.Name}' is given '{argument.Expression}', not typeof(...)");
        }

        return Type(typeOf.Type);
    }

    /// <summary>
    /// The <c>typeof(X)</c> an argument stands for: written in place, or held in a local assigned once, a field or a
    /// property (<c>static readonly Type RequestHandler = typeof(IRequestHandler&lt;,&gt;)</c>); null for a type computed at run time.
    /// </summary>
    public TypeOfExpressionSyntax? TypeOf(ExpressionSyntax expression, int depth = 0) => expression switch
    {
        TypeOfExpressionSyntax typeOf => typeOf,
        ParenthesizedExpressionSyntax parenthesized => TypeOf(parenthesized.Expression, depth + 1),
        IdentifierNameSyntax or MemberAccessExpressionSyntax when depth < 4 && Resolution.MemberValue(expression) is { } value => TypeOf(value, depth + 1),
        _ => null,
    };

    public ResolvedType Type(TypeSyntax type) =>
        Resolution.Type(type, out var whyNot) ?? throw new UntranslatableException(whyNot);

    public static void NoArguments(ChainLink link)
    {
        if (link.Arguments.Count > 0)
        {
            throw new UntranslatableException($"the overload '{link.Name}({string.Join(", ", link.Arguments)})' is not supported");
        }
    }

    private static ArgumentSyntax Argument(ChainLink link, int position) =>
        link.Arguments.Count > position ? link.Arguments[position] : throw new UntranslatableException($"'{link.Name}' is called without the expected argument");

    private string WhyUnknown(ExpressionSyntax expression, ChainLink link)
    {
        if (DiscoveredAssemblies.UsedIn(expression, Resolution) is { } discovered)
        {
            return discovered.UsedAsOne(expression);
        }

        // A helper's parameter bound to what the test passed: the test's value is what is unknown.
        while (expression is IdentifierNameSyntax bound && ValueBindings.ValueOf(bound) is { } value)
        {
            expression = value;
        }

        if (TestDataParameter(expression) is { } parameter)
        {
            return $"the argument of '{link.Name}' ('{expression}') uses '{parameter}', a parameter of the test method whose values the test framework passes when the test runs ([InlineData], [MemberData], [ClassData]): write the values in an array the test walks with foreach";
        }

        if (expression is IdentifierNameSyntax identifier
            && expression.FirstAncestorOrSelf<BaseMethodDeclarationSyntax>() is { } method
            && method.ParameterList.Parameters.Any(p => p.Identifier.ValueText == identifier.Identifier.ValueText))
        {
            return $"the argument of '{link.Name}' is the parameter '{identifier}' of '{MethodName(method)}': the chain is built in a helper method and its values come from the callers";
        }

        return $"the argument of '{link.Name}' ('{expression}') is not a constant known without running the code";
    }

    // A name inside the expression (an interpolation hole, a concatenation) that is, once helper parameters are followed
    // to what the caller passed, a parameter of a test method: [Theory] data known only when the test runs.
    private static string? TestDataParameter(ExpressionSyntax expression)
    {
        foreach (var name in expression.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
        {
            ExpressionSyntax current = name;
            while (current is IdentifierNameSyntax bound && ValueBindings.ValueOf(bound) is { } value)
            {
                current = value;
            }

            if (current is IdentifierNameSyntax identifier
                && identifier.FirstAncestorOrSelf<MethodDeclarationSyntax>() is { } method
                && method.ParameterList.Parameters.Any(p => p.Identifier.ValueText == identifier.Identifier.ValueText)
                && TestClassScan.IsTest(method))
            {
                return identifier.Identifier.ValueText;
            }
        }

        return null;
    }

    private static string MethodName(BaseMethodDeclarationSyntax method) => method is MethodDeclarationSyntax m ? m.Identifier.ValueText : method.ToString();
}
