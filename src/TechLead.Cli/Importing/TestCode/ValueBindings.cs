using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TechLead.Cli.Importing.TestCode;

/// <summary>
/// What a loop variable or a helper's parameter stands for while one chain is read: the element of a literal list a
/// <c>foreach</c> walks (<c>foreach (var layer in new[] { Domain, Application })</c>), or the argument a test passes to a
/// helper method that builds the chain (<c>AssertNoDependency(DomainAssembly, "Shop.Web")</c>). Every name lookup asks
/// here first, so a bound name is read as the expression it stands for, where that expression is written.
/// </summary>
internal static class ValueBindings
{
    // One import reads one chain at a time on one thread; the bindings hold only while that chain is read.
    [ThreadStatic]
    private static List<(SyntaxNode Scope, string Name, ExpressionSyntax Value)>? active;

    /// <summary>Binds <paramref name="name"/> inside <paramref name="scope"/> (a foreach or a method) until the result is disposed.</summary>
    public static IDisposable Bind(SyntaxNode scope, string name, ExpressionSyntax value)
    {
        active ??= [];
        var binding = (scope, name, value);
        active.Add(binding);
        return new Unbind(binding);
    }

    /// <summary>The expression <paramref name="name"/> is bound to where it stands, or null.</summary>
    public static ExpressionSyntax? ValueOf(IdentifierNameSyntax name)
    {
        if (active is not { Count: > 0 })
        {
            return null;
        }

        var text = name.Identifier.ValueText;
        for (var i = active.Count - 1; i >= 0; i--)
        {
            var (scope, bound, value) = active[i];
            if (bound == text && scope.SyntaxTree == name.SyntaxTree && scope.Span.Contains(name.Span) && !IsDeclaration(name))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>
    /// Starts reading one chain: the bindings made while it is read and translated (a helper's parameters, bound where the
    /// chain calls the helper) are dropped when the result is disposed.
    /// </summary>
    public static IDisposable Chain()
    {
        active ??= [];
        return new Truncate(active.Count);
    }

    /// <summary>Binds without an end of its own: the binding ends with the enclosing <see cref="Chain"/>.</summary>
    public static void BindForChain(SyntaxNode scope, string name, ExpressionSyntax value)
    {
        active ??= [];
        active.Add((scope, name, value));
    }

    private static bool IsDeclaration(IdentifierNameSyntax name) => name.Parent is NameColonSyntax;

    private sealed class Truncate(int count) : IDisposable
    {
        public void Dispose()
        {
            if (active is { } list && list.Count > count)
            {
                list.RemoveRange(count, list.Count - count);
            }
        }
    }

    private sealed class Unbind((SyntaxNode, string, ExpressionSyntax) binding) : IDisposable
    {
        public void Dispose() => active?.Remove(binding);
    }
}
