using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TechLead.Cli.Importing.TestCode;

/// <summary>
/// Names read with the semantic model of the loaded test project: the compiler binds each name, so a constant of a
/// referenced assembly, <c>nameof</c> and constant interpolations are values (<c>GetConstantValue</c>), <c>typeof(X)</c>
/// is the bound type wherever it is declared (another project, a NuGet package, the framework) with the assembly it is
/// compiled into, and a field or property is followed to its declaration in whichever loaded project declares it.
/// A name the model does not bind (a file outside the loaded projects, a missing reference) is read from the syntax.
/// </summary>
internal sealed class SemanticResolution(SemanticCode code, SyntaxResolution syntax) : IValueResolution
{
    public string? Constant(ExpressionSyntax expression) =>
        code.ModelOf(expression.SyntaxTree) is { } model && model.GetConstantValue(expression) is { HasValue: true, Value: string value } ? value : null;

    public string? NameValue(ExpressionSyntax name, Func<ExpressionSyntax, string?> evaluate)
    {
        if (name is IdentifierNameSyntax identifier && ValueBindings.ValueOf(identifier) is { } bound)
        {
            return evaluate(bound);
        }

        switch (Bind(name))
        {
            case null:
            case ILocalSymbol:
                // Not bound here, or a local: whether it is assigned once is read from the syntax.
                return syntax.NameValue(name, evaluate);
            case IFieldSymbol { IsConst: true } constant:
                return constant.ConstantValue as string;
            case IFieldSymbol { IsReadOnly: true, Type.SpecialType: SpecialType.System_String } field:
                return Declared(field) is { } initializer ? evaluate(initializer) : null;
            case IFieldSymbol { IsStatic: true, Type.SpecialType: SpecialType.System_String } field when syntax.IsNeverAssigned(field.Name):
                // A static string field no code writes is kept as a constant.
                return Declared(field) is { } kept ? evaluate(kept) : null;
            case IPropertySymbol { SetMethod: null, Type.SpecialType: SpecialType.System_String } property:
                return Declared(property) is { } getter ? evaluate(getter) : null;
            default:
                return null;
        }
    }

    public ExpressionSyntax? MemberValue(ExpressionSyntax name) => name is IdentifierNameSyntax identifier && ValueBindings.ValueOf(identifier) is { } bound ? bound : Bind(name) switch
    {
        null => syntax.MemberValue(name),
        ILocalSymbol => syntax.MemberValue(name),
        IFieldSymbol field => Declared(field),
        IPropertySymbol property => Declared(property),
        _ => null,
    };

    public ResolvedType? Type(TypeSyntax type, out string whyNot)
    {
        if (code.ModelOf(type.SyntaxTree) is not { } model)
        {
            return syntax.Type(type, out whyNot);
        }

        var symbol = model.GetTypeInfo(type).Type ?? model.GetSymbolInfo(type).Symbol as ITypeSymbol;
        if (symbol is null or IErrorTypeSymbol)
        {
            var declared = syntax.Type(type, out _);
            whyNot = $"the type '{type}' does not bind in the loaded project (a package that did not restore, a missing reference or using) and is declared nowhere in the repository, the .NET runtime or the restored NuGet packages where this file sees it";
            return declared;
        }

        if (symbol is not INamedTypeSymbol named)
        {
            whyNot = $"'{type}' is not a class, struct, interface or enum";
            return null;
        }

        whyNot = string.Empty;
        var definition = named.OriginalDefinition;
        var ns = definition.ContainingNamespace is { IsGlobalNamespace: false } containing ? containing.ToDisplayString() : string.Empty;
        var names = new List<string>();
        for (var current = definition; current is not null; current = current.ContainingType)
        {
            names.Add(current.MetadataName);
        }

        names.Reverse();
        var fullName = (ns.Length == 0 ? string.Empty : ns + ".") + string.Join(".", names);
        return new ResolvedType(fullName, ns, definition.ContainingAssembly?.Identity.Name, $"the assembly of '{type}' is unknown") { IsInterface = definition.TypeKind == TypeKind.Interface, IsSealed = definition.IsSealed };
    }

    public MethodDeclarationSyntax? MethodOf(InvocationExpressionSyntax call)
    {
        if (code.ModelOf(call.SyntaxTree) is not { } model)
        {
            return syntax.MethodOf(call);
        }

        var info = model.GetSymbolInfo(call);
        var method = info.Symbol as IMethodSymbol ?? (info.CandidateSymbols is [IMethodSymbol only] ? only : null);
        if (method is null)
        {
            return syntax.MethodOf(call);
        }

        // A method of a package has no source to read; an extension method is read as declared.
        return (method.ReducedFrom ?? method).OriginalDefinition.DeclaringSyntaxReferences is [var reference] ? reference.GetSyntax() as MethodDeclarationSyntax : null;
    }

    public string? AssemblyOfCode(ExpressionSyntax at) => code.CompilationOf(at.SyntaxTree)?.AssemblyName ?? syntax.AssemblyOfCode(at);

    // The symbol a name binds to; null when the model has no answer (file not loaded, name does not bind).
    private ISymbol? Bind(ExpressionSyntax name) => code.ModelOf(name.SyntaxTree)?.GetSymbolInfo(name).Symbol;

    // The initializer of a field declared once in a loaded project; a field of a package has no source to read.
    private static ExpressionSyntax? Declared(IFieldSymbol field) =>
        field.DeclaringSyntaxReferences is [var reference] && reference.GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: var value } ? value : null;

    private static ExpressionSyntax? Declared(IPropertySymbol property) =>
        property.DeclaringSyntaxReferences is [var reference] && reference.GetSyntax() is PropertyDeclarationSyntax declaration ? FluentChain.ValueOf(declaration) : null;
}
