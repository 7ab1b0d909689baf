using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TechLead.Cli.Importing.TestCode;

/// <summary>
/// Names read from syntax alone, so that code which does not build can be imported: <c>const</c> and
/// <c>static readonly</c> string fields (of the enclosing types, else the only one of that name under the root),
/// locals assigned once, members of base classes, and <c>typeof(X)</c> among the types declared under the root
/// (narrowed by the file's <c>using</c>s), whose assembly is the project file above its declaration.
/// </summary>
internal sealed class SyntaxResolution(TestCodeIndex index) : IValueResolution
{
    private readonly TypeReferences types = new(index);

    private readonly PackageTypes packages = new(index);

    public string? Constant(ExpressionSyntax expression) => null;

    public string? NameValue(ExpressionSyntax name, Func<ExpressionSyntax, string?> evaluate) => name switch
    {
        IdentifierNameSyntax identifier when ValueBindings.ValueOf(identifier) is { } bound => evaluate(bound),

        // Shop.Api.AssemblyInfo.AppName: a constant of a type declared anywhere in the repository, as that type declares it.
        MemberAccessExpressionSyntax { Expression: var owner, Name: IdentifierNameSyntax member } when types.Resolve(owner, owner) is { Declaration: TypeDeclarationSyntax declaration }
            && declaration.Members.OfType<FieldDeclarationSyntax>().SelectMany(f => f.Declaration.Variables).FirstOrDefault(v => v.Identifier.ValueText == member.Identifier.ValueText) is { Initializer.Value: var initializer } field
            && (IsStringConstant(field) || (IsStaticString(field) && IsNeverAssigned(member.Identifier.ValueText))) => evaluate(initializer),
        IdentifierNameSyntax identifier => Variable(identifier, null, evaluate),
        MemberAccessExpressionSyntax { Expression: var owner, Name: IdentifierNameSyntax member } => Variable(member, LastIdentifier(owner), evaluate),
        _ => null,
    };

    public ExpressionSyntax? MemberValue(ExpressionSyntax name) => name switch
    {
        IdentifierNameSyntax identifier when ValueBindings.ValueOf(identifier) is { } bound => bound,
        IdentifierNameSyntax variable => FluentChain.Initializer(variable, index),

        // Domain.AssemblyReference.Assembly: the member as the owner type declares it.
        MemberAccessExpressionSyntax { Expression: var owner, Name: IdentifierNameSyntax member } when types.Resolve(owner, owner) is { Declaration: TypeDeclarationSyntax declaration } =>
            FluentChain.MemberOf(declaration, member.Identifier.ValueText, types, 0) is { } found ? FluentChain.ValueOf(found) : null,
        MemberAccessExpressionSyntax { Name: IdentifierNameSyntax member } => FluentChain.Initializer(member, index),
        _ => null,
    };

    public ResolvedType? Type(TypeSyntax type, out string whyNot)
    {
        var declared = types.Resolve(type);
        if (declared is null && types.Lookup(type) is { } lookup && packages.Find(lookup.Name, lookup.Arity, lookup.Namespaces, type.SyntaxTree.FilePath) is { } external)
        {
            whyNot = string.Empty;
            return external;
        }

        if (declared is null)
        {
            whyNot = $"the type '{type}' is declared nowhere in the repository, the .NET runtime or the restored NuGet packages of the test project where this file sees it, or the name is ambiguous: restore the test project (dotnet restore) or import with its semantic model";
            return null;
        }

        whyNot = string.Empty;
        var ns = string.Join(".", declared.Declaration.Ancestors().OfType<BaseNamespaceDeclarationSyntax>().Reverse().Select(n => n.Name.ToString()));
        return new ResolvedType(declared.FullName, ns, index.AssemblyOf(declared.FilePath), $"the assembly of '{type}' is unknown without the project's semantic model: no project file holds its declaration, or its AssemblyName is built from MSBuild properties")
        {
            IsInterface = declared.Declaration is InterfaceDeclarationSyntax,
            IsSealed = declared.Declaration.Modifiers.Any(m => m.IsKind(SyntaxKind.SealedKeyword)),
        };
    }

    public MethodDeclarationSyntax? MethodOf(InvocationExpressionSyntax call)
    {
        var (owner, name) = call.Expression switch
        {
            IdentifierNameSyntax identifier => ((ExpressionSyntax?)null, identifier.Identifier.ValueText),
            GenericNameSyntax generic => (null, generic.Identifier.ValueText),
            MemberAccessExpressionSyntax member => (member.Expression, member.Name.Identifier.ValueText),
            _ => (null, string.Empty),
        };
        var arguments = call.ArgumentList.Arguments.Count;
        bool Fits(MethodDeclarationSyntax m, int extra) => m.Identifier.ValueText == name && m.ParameterList.Parameters.Count == arguments + extra;

        // Type.Method(...): a static method of a type declared in the repository.
        if (owner is not null && types.Resolve(owner, owner) is { Declaration: TypeDeclarationSyntax declaring })
        {
            var inType = declaring.Members.OfType<MethodDeclarationSyntax>().Where(m => Fits(m, 0)).ToList();
            return inType.Count == 1 ? inType[0] : null;
        }

        if (owner is null)
        {
            // Method(...): the enclosing types and their base classes, as C# looks it up.
            foreach (var type in call.Ancestors().OfType<TypeDeclarationSyntax>())
            {
                var found = MethodIn(type, m => Fits(m, 0), 0);
                if (found is not null)
                {
                    return found;
                }
            }

            // using static Shop.Tests.Layers; ... DomainOf(module): a static method of a type the file imports so.
            var imported = call.SyntaxTree.GetRoot().DescendantNodes().OfType<UsingDirectiveSyntax>()
                .Where(u => u.StaticKeyword.RawKind != 0)
                .Select(u => u.Name is { } named ? types.Resolve(named)?.Declaration as TypeDeclarationSyntax : null)
                .OfType<TypeDeclarationSyntax>()
                .SelectMany(t => t.Members.OfType<MethodDeclarationSyntax>())
                .Where(m => Fits(m, 0) && m.Modifiers.Any(SyntaxKind.StaticKeyword))
                .ToList();
            return imported.Count == 1 ? imported[0] : null;
        }

        // receiver.Method(...): an extension method declared under the root, when only one fits.
        var extensions = index.MethodsNamed(name).Where(m => Fits(m, 1) && m.ParameterList.Parameters[0].Modifiers.Any(SyntaxKind.ThisKeyword)).ToList();
        return extensions.Count == 1 ? extensions[0] : null;
    }

    private MethodDeclarationSyntax? MethodIn(TypeDeclarationSyntax type, Func<MethodDeclarationSyntax, bool> fits, int depth)
    {
        var own = type.Members.OfType<MethodDeclarationSyntax>().Where(fits).ToList();
        if (own.Count > 0 || depth > 8 || type.BaseList is null)
        {
            return own.Count == 1 ? own[0] : null;
        }

        foreach (var baseType in type.BaseList.Types)
        {
            if (types.Resolve(baseType.Type) is { Declaration: TypeDeclarationSyntax declaration } && MethodIn(declaration, fits, depth + 1) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    public string? AssemblyOfCode(ExpressionSyntax at) => at.SyntaxTree.FilePath is { Length: > 0 } path ? index.AssemblyOf(path) : null;

    private static string? LastIdentifier(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        _ => null,
    };

    // A local assigned once in the same member, else a string field: first in the enclosing types, then anywhere under the root if unique.
    private string? Variable(IdentifierNameSyntax name, string? ownerType, Func<ExpressionSyntax, string?> evaluate)
    {
        var text = name.Identifier.ValueText;
        if (ownerType is null && IsLocal(name, text))
        {
            return Local(name, text) is { Initializer.Value: var value } local && IsStringConstant(local) ? evaluate(value) : null;
        }

        if (ownerType is null)
        {
            // A constant of the enclosing types, as C# finds it first (also in a type declared outside the root).
            foreach (var type in name.Ancestors().OfType<TypeDeclarationSyntax>())
            {
                var own = type.Members.OfType<FieldDeclarationSyntax>().SelectMany(f => f.Declaration.Variables).FirstOrDefault(v => v.Identifier.ValueText == text);
                if (own is not null)
                {
                    return own.Initializer is { Value: var value } && (IsStringConstant(own) || (IsStaticString(own) && IsNeverAssigned(text))) ? evaluate(value) : null;
                }
            }
        }

        var candidates = index.FieldsNamed(text, ownerType).Where(f => IsStringConstant(f) || (IsStaticString(f) && IsNeverAssigned(text))).ToList();
        if (ownerType is null)
        {
            var enclosing = name.Ancestors().OfType<BaseTypeDeclarationSyntax>().Select(t => t.Identifier.ValueText).ToHashSet();
            var inEnclosing = candidates.Where(f => f.FirstAncestorOrSelf<BaseTypeDeclarationSyntax>() is { } t && enclosing.Contains(t.Identifier.ValueText)).ToList();
            if (inEnclosing.Count > 0)
            {
                candidates = inEnclosing;
            }
        }

        var values = candidates.Select(f => f.Initializer is { Value: var v } ? evaluate(v) : null).Distinct().ToList();
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

    /// <summary>Whether no code under the root assigns a field or property of this name (a static string field kept as a constant).</summary>
    public bool IsNeverAssigned(string name) =>
        !index.Files.Any(f => f.Tree.GetRoot().DescendantNodes().OfType<AssignmentExpressionSyntax>().Any(a => a.Left switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText == name,
            MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText == name,
            _ => false,
        }));

    private static bool IsStaticString(VariableDeclaratorSyntax variable) =>
        variable.Parent is VariableDeclarationSyntax { Type: PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.StringKeyword }, Parent: FieldDeclarationSyntax field }
        && field.Modifiers.Any(m => m.IsKind(SyntaxKind.StaticKeyword));

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
