using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TechLead.Cli.Importing.TestCode;

/// <summary>
/// Finds the declaration a <c>typeof(X)</c> in test code names, among the types declared under the
/// import root: by simple name and arity, narrowed by the qualification written and by the test file's
/// <c>using</c> directives and namespace. Null when it is not declared there or stays ambiguous.
/// </summary>
internal sealed class TypeReferences(TestCodeIndex index)
{
    /// <summary><paramref name="expression"/> read as a type name where it stands (<c>Domain.AssemblyReference</c> in <c>Domain.AssemblyReference.Assembly</c>).</summary>
    public DeclaredType? Resolve(ExpressionSyntax expression, SyntaxNode context) =>
        expression is IdentifierNameSyntax or MemberAccessExpressionSyntax or AliasQualifiedNameSyntax
            ? Resolve(SyntaxFactory.ParseTypeName(expression.ToString()), context)
            : null;

    public DeclaredType? Resolve(TypeSyntax type) => Resolve(type, type);

    private DeclaredType? Resolve(TypeSyntax type, SyntaxNode context)
    {
        var (name, arity, qualifier) = Split(type);
        if (name is null)
        {
            return null;
        }

        var candidates = index.TypesNamed(name, arity);
        if (qualifier is not null)
        {
            candidates = candidates.Where(c => Namespace(c).EndsWith(qualifier, System.StringComparison.Ordinal) || ContainingPath(c).EndsWith(qualifier, System.StringComparison.Ordinal)).ToList();
        }

        // A type declared outside the imported folder counts only where the test can see it, as C# would bind it:
        // the same simple name may belong to a package the syntax reading does not know.
        var visible = VisibleNamespaces(context);
        candidates = candidates.Where(c => (!c.OutsideRoot || IsVisible(c, qualifier, visible)) && (!c.ImplicitProgram || index.ProjectSees(context.SyntaxTree.FilePath, c.FilePath))).ToList();
        if (candidates.Count <= 1)
        {
            return candidates.Count == 1 ? candidates[0] : null;
        }

        // Types of projects the test's project does not reference are not there for the compiler (each chapter of a
        // repository declaring its own Shop.Program).
        var referenced = candidates.Where(c => index.ProjectSees(context.SyntaxTree.FilePath, c.FilePath)).ToList();
        if (referenced.Count > 0)
        {
            candidates = referenced;
            if (candidates.Count == 1)
            {
                return candidates[0];
            }
        }

        if (qualifier is null && InnermostEnclosing(candidates, context) is { } enclosing)
        {
            return enclosing;
        }

        var inScope = qualifier is null
            ? candidates.Where(c => visible.Contains(Namespace(c))).ToList()
            : candidates.Where(c => visible.Any(v => Namespace(c) == (v.Length == 0 ? qualifier : v + "." + qualifier))).ToList();
        return inScope.Count == 1 ? inScope[0] : null;
    }

    // C# looks a simple name up in the enclosing namespaces from the innermost out, before the global namespace and the
    // usings of the file: Acme.App.Program wins over the Program of top-level statements in code under Acme.App. A using
    // inside a namespace block is looked at on that namespace's level, so a candidate it imports leaves the choice open.
    private static DeclaredType? InnermostEnclosing(IReadOnlyList<DeclaredType> candidates, SyntaxNode context)
    {
        var innerUsings = context.SyntaxTree.GetRoot().DescendantNodes().OfType<UsingDirectiveSyntax>()
            .Where(u => u.Parent is BaseNamespaceDeclarationSyntax && u.Name is not null).Select(u => u.Name!.ToString()).ToHashSet(System.StringComparer.Ordinal);
        if (candidates.Any(c => innerUsings.Contains(Namespace(c))))
        {
            return null;
        }

        // Code in namespace A.B looks in A.B, then in A (nested namespace blocks read as one dotted name).
        var parts = context.Ancestors().OfType<BaseNamespaceDeclarationSyntax>().Reverse().SelectMany(n => n.Name.ToString().Split('.')).ToList();
        for (var length = parts.Count; length >= 1; length--)
        {
            var ns = string.Join(".", parts.Take(length));
            var here = candidates.Where(c => Namespace(c) == ns).ToList();
            if (here.Count > 0)
            {
                return here.Count == 1 ? here[0] : null;
            }
        }

        return null;
    }

    /// <summary>
    /// A type name as C# looks it up outside the repository: its simple name, its arity and the namespaces it may be in
    /// (those the file sees; for a qualified name <c>A.X</c>, <c>A</c> under each of them). Null for other syntax.
    /// </summary>
    public (string Name, int Arity, IReadOnlyCollection<string> Namespaces)? Lookup(TypeSyntax type)
    {
        var (name, arity, qualifier) = Split(type);
        if (name is null)
        {
            return null;
        }

        var visible = VisibleNamespaces(type);
        return (name, arity, qualifier is null ? visible : visible.Select(v => v.Length == 0 ? qualifier : v + "." + qualifier).ToHashSet(System.StringComparer.Ordinal));
    }

    private static bool IsVisible(DeclaredType type, string? qualifier, HashSet<string> visible)
    {
        var ns = Namespace(type);
        return qualifier is null
            ? visible.Contains(ns) || visible.Contains(ContainingPath(type))
            : visible.Any(v => ns == (v.Length == 0 ? qualifier : v + "." + qualifier) || ContainingPath(type) == (v.Length == 0 ? qualifier : v + "." + qualifier));
    }

    private static (string? Name, int Arity, string? Qualifier) Split(TypeSyntax type) => type switch
    {
        IdentifierNameSyntax identifier => (identifier.Identifier.ValueText, 0, null),
        GenericNameSyntax generic => (generic.Identifier.ValueText, generic.TypeArgumentList.Arguments.Count, null),
        QualifiedNameSyntax qualified => Split(qualified.Right) with { Qualifier = qualified.Left.ToString().Replace("global::", string.Empty, System.StringComparison.Ordinal) },
        AliasQualifiedNameSyntax alias => Split(alias.Name),
        _ => (null, 0, null),
    };

    private static string Namespace(DeclaredType type) =>
        type.Declaration.Ancestors().OfType<BaseNamespaceDeclarationSyntax>().Select(n => n.Name.ToString()).Reverse().DefaultIfEmpty(string.Empty).Aggregate((a, b) => a.Length == 0 ? b : a + "." + b);

    private static string ContainingPath(DeclaredType type)
    {
        var last = type.FullName.LastIndexOf('.');
        return last < 0 ? string.Empty : type.FullName[..last];
    }

    private HashSet<string> VisibleNamespaces(SyntaxNode at)
    {
        var visible = new HashSet<string>(System.StringComparer.Ordinal) { string.Empty };
        visible.UnionWith(index.GlobalUsingsOf(at.SyntaxTree.FilePath));
        foreach (var directive in at.SyntaxTree.GetRoot().DescendantNodes().OfType<UsingDirectiveSyntax>().Where(u => u.Alias is null && u.StaticKeyword.RawKind == 0))
        {
            if (directive.Name is { } name)
            {
                visible.Add(name.ToString());

                // A using inside namespace A.B may name a namespace relative to it: using Common; is A.B.Common or A.Common.
                var enclosing = directive.Ancestors().OfType<BaseNamespaceDeclarationSyntax>().Reverse().SelectMany(n => n.Name.ToString().Split('.')).ToList();
                for (var i = 1; i <= enclosing.Count; i++)
                {
                    visible.Add(string.Join(".", enclosing.Take(i)) + "." + name);
                }
            }
        }

        foreach (var ns in at.Ancestors().OfType<BaseNamespaceDeclarationSyntax>())
        {
            // Code in namespace A.B sees the types of A.B and of A.
            var parts = ns.Name.ToString().Split('.');
            for (var i = 1; i <= parts.Length; i++)
            {
                visible.Add(string.Join(".", parts.Take(i)));
            }
        }

        return visible;
    }
}
