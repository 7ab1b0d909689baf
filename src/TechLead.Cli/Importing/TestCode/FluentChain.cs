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
                case InvocationExpressionSyntax { Expression: IdentifierNameSyntax name } call:
                    links.Add(new ChainLink(name.Identifier.ValueText, call.ArgumentList.Arguments, call));
                    links.Reverse();
                    return new FluentChain(null, links);
                case ParenthesizedExpressionSyntax parenthesized:
                    current = parenthesized.Expression;
                    continue;
                case IdentifierNameSyntax variable when expansions < MaxExpansions && Initializer(variable, index) is { } initializer:
                    var inner = Read(initializer, index, expansions + 1);
                    links.Reverse();
                    return new FluentChain(inner.Root, [.. inner.Links, .. links]);
                default:
                    links.Reverse();
                    return new FluentChain(current, links);
            }
        }
    }

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

        var enclosing = variable.Ancestors().OfType<BaseTypeDeclarationSyntax>().Select(t => t.Identifier.ValueText).ToHashSet();
        var candidates = index.MembersNamed(name);
        var own = candidates.Where(c => c.FirstAncestorOrSelf<BaseTypeDeclarationSyntax>() is { } t && enclosing.Contains(t.Identifier.ValueText)).ToList();
        if (own.Count > 0)
        {
            candidates = own;
        }

        // A member of a base class (TestBase.DomainAssembly), often declared once per module: the nearest declaration wins.
        var nearest = candidates.GroupBy(c => CommonPrefix(c.SyntaxTree.FilePath, variable.SyntaxTree.FilePath)).OrderByDescending(g => g.Key).FirstOrDefault()?.ToList();
        return nearest is [var only] ? ValueOf(only) : null;
    }

    private static ExpressionSyntax? ValueOf(SyntaxNode member) => member switch
    {
        VariableDeclaratorSyntax field => field.Initializer?.Value,
        PropertyDeclarationSyntax property => property.ExpressionBody?.Expression ?? property.Initializer?.Value
            ?? (property.AccessorList?.Accessors.FirstOrDefault(a => a.Keyword.ValueText == "get") is { } get
                ? get.ExpressionBody?.Expression ?? (get.Body?.Statements is [ReturnStatementSyntax { Expression: var returned }] ? returned : null)
                : null),
        _ => null,
    };

    private static int CommonPrefix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n])
        {
            n++;
        }

        return n;
    }
}
