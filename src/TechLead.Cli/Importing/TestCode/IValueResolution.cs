using System;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TechLead.Cli.Importing.TestCode;

/// <summary>
/// What a name in test code stands for: the one thing that differs between reading a file from its syntax
/// (<see cref="SyntaxResolution"/>: declarations under the import root, looked up as C# would) and reading it with the
/// semantic model of its loaded project (<see cref="SemanticResolution"/>: the compiler's own binding, across projects
/// and packages). The chain translators and the expression rules around them (<see cref="StringValues"/>,
/// <see cref="AssemblyArguments"/>) are shared and ask only this.
/// </summary>
internal interface IValueResolution
{
    /// <summary>The compile-time constant string <paramref name="expression"/> is, when this reading knows it as a whole; else null.</summary>
    string? Constant(ExpressionSyntax expression);

    /// <summary>
    /// The string a name (<c>Infrastructure</c>, <c>Layers.Infrastructure</c>) holds: a constant, or the value of the field
    /// or local it names, read from its initializer with <paramref name="evaluate"/>. Null when unknown.
    /// </summary>
    string? NameValue(ExpressionSyntax name, Func<ExpressionSyntax, string?> evaluate);

    /// <summary>The expression a field, property or local named by <paramref name="name"/> holds (initializer or getter), or null.</summary>
    ExpressionSyntax? MemberValue(ExpressionSyntax name);

    /// <summary>The type <paramref name="type"/> names where it stands, or null with <paramref name="whyNot"/> for "Not imported".</summary>
    ResolvedType? Type(TypeSyntax type, out string whyNot);

    /// <summary>The method declared in source that <paramref name="call"/> calls (a helper returning a chain or building one), or null.</summary>
    MethodDeclarationSyntax? MethodOf(InvocationExpressionSyntax call);

    /// <summary>The assembly the code at <paramref name="at"/> is compiled into (<c>Assembly.GetExecutingAssembly()</c>), or null.</summary>
    string? AssemblyOfCode(ExpressionSyntax at);
}
