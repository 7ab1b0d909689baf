using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis;
using TechLead.Rules.Selectors;

namespace TechLead.Analyzers.Symbols;

/// <summary>
/// Shows Roslyn type symbols (source or metadata) to the rule core. Names are computed once per
/// symbol and cached for the compilation: selectors ask for them on every reference. The <c>Program</c>
/// of top-level statements counts in the project's root namespace (<see cref="TopLevelProgram"/>).
/// </summary>
internal sealed class RoslynTypeModel(IAssemblySymbol ownAssembly, string entryPointNamespace) : ITypeModel<ITypeSymbol>
{
    private readonly ConcurrentDictionary<ITypeSymbol, TypeNames> names = new(SymbolEqualityComparer.Default);

    public string GetFullName(ITypeSymbol type) => Names(type).FullName;

    public string GetNamespace(ITypeSymbol type) => Names(type).Namespace;

    public string GetName(ITypeSymbol type) => type.MetadataName;

    public string GetAssemblyName(ITypeSymbol type) => type.ContainingAssembly?.Name ?? string.Empty;

    public SelectorTypeKind GetKind(ITypeSymbol type) => type.TypeKind switch
    {
        TypeKind.Interface => SelectorTypeKind.Interface,
        TypeKind.Enum => SelectorTypeKind.Enum,
        TypeKind.Delegate => SelectorTypeKind.Delegate,
        TypeKind.Struct when type.IsRecord => SelectorTypeKind.Record,
        TypeKind.Struct => SelectorTypeKind.Struct,
        _ when type.IsRecord => SelectorTypeKind.Record,
        _ => SelectorTypeKind.Class,
    };

    public TypeVisibility GetVisibility(ITypeSymbol type) =>
        type.DeclaredAccessibility == Accessibility.Public ? TypeVisibility.Public : TypeVisibility.Internal;

    public bool IsSealed(ITypeSymbol type) => type.IsSealed;

    public bool IsStatic(ITypeSymbol type) => type.IsStatic;

    public bool IsAbstract(ITypeSymbol type) => type.IsAbstract;

    public IEnumerable<ITypeSymbol> GetBaseClasses(ITypeSymbol type)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            yield return current.OriginalDefinition;
        }
    }

    public IEnumerable<ITypeSymbol> GetAllInterfaces(ITypeSymbol type)
    {
        foreach (var candidate in type.AllInterfaces)
        {
            yield return candidate.OriginalDefinition;
        }
    }

    public IEnumerable<ITypeSymbol> GetAttributeClasses(ITypeSymbol type)
    {
        foreach (var attribute in type.GetAttributes())
        {
            if (attribute.AttributeClass is { } attributeClass)
            {
                yield return attributeClass.OriginalDefinition;
            }
        }
    }

    public string? FindSettableInstanceMember(ITypeSymbol type)
    {
        foreach (var member in type.GetMembers())
        {
            if (member.IsStatic || member.IsImplicitlyDeclared)
            {
                continue;
            }

            switch (member)
            {
                case IFieldSymbol { IsReadOnly: false, IsConst: false } field when field.AssociatedSymbol is null:
                    return field.Name;
                case IPropertySymbol { SetMethod: { IsInitOnly: false } } property:
                    return property.Name;
            }
        }

        return null;
    }

    /// <summary>
    /// True for the class the compiler synthesized for top-level statements (also when a <c>partial class Program</c>
    /// adds to it), not for a <c>Program</c> class the user declared with its own <c>Main</c>.
    /// </summary>
    public static bool IsTopLevelProgram(ITypeSymbol type) =>
        type is INamedTypeSymbol { Name: TopLevelProgram.TypeName, ContainingType: null, ContainingNamespace.IsGlobalNamespace: true } named
        && !named.GetMembers(TopLevelProgram.EntryPointMethodName).IsEmpty;

    /// <summary>True for the top-level <c>Program</c> itself and for every symbol declared in it or in its nested types.</summary>
    public static bool IsInTopLevelProgram(ISymbol? symbol) => OutermostTypeOf(symbol) is { } outermost && IsTopLevelProgram(outermost);

    /// <summary>The outermost type around a symbol (the symbol itself when it is a top-level type); null outside any type.</summary>
    public static INamedTypeSymbol? OutermostTypeOf(ISymbol? symbol)
    {
        var type = symbol as INamedTypeSymbol ?? symbol?.ContainingType;
        while (type?.ContainingType is { } container)
        {
            type = container;
        }

        return type;
    }

    /// <summary>
    /// The doc-comment ID of a symbol as TechLead writes it: a symbol in (or nested in) the top-level <c>Program</c>
    /// gets its namespace, so messages and baseline entries name the same type (<c>T:Acme.Api.Program</c>).
    /// </summary>
    public string QualifyDocumentationId(ISymbol symbol, string id)
    {
        var type = OutermostTypeOf(symbol);
        return type is not null && EntryPointNamespaceOf(type) is { } ns ? TopLevelProgram.QualifyDocumentationId(id, ns) : id;
    }

    /// <summary>
    /// The symbol a doc-comment ID as TechLead writes it names in <paramref name="compilation"/>: IDs under the
    /// top-level <c>Program</c> (<c>T:Acme.Api.Program</c>) are looked up as the compiler names them (<c>T:Program</c>).
    /// </summary>
    public ISymbol? FindByDocumentationId(string id, Compilation compilation)
    {
        if (DocumentationCommentId.GetFirstSymbolForDeclarationId(id, compilation) is { } symbol)
        {
            return symbol;
        }

        var compilerId = TopLevelProgram.UnqualifyDocumentationId(id, entryPointNamespace);
        var candidate = compilerId is null ? null : DocumentationCommentId.GetFirstSymbolForDeclarationId(compilerId, compilation);
        return IsInTopLevelProgram(candidate) ? candidate : null;
    }

    private TypeNames Names(ITypeSymbol type) => names.GetOrAdd(type, Compute);

    /// <summary>The namespace of the top-level <c>Program</c>: the root namespace in this compilation, the assembly name in another.</summary>
    private string? EntryPointNamespaceOf(ITypeSymbol outermost) =>
        !IsTopLevelProgram(outermost) ? null
        : SymbolEqualityComparer.Default.Equals(outermost.ContainingAssembly, ownAssembly) ? entryPointNamespace
        : outermost.ContainingAssembly?.Name;

    private TypeNames Compute(ITypeSymbol type)
    {
        var ns = NamespaceOf(type);
        if (ns.Length == 0)
        {
            ns = (OutermostTypeOf(type) is { } outermost ? EntryPointNamespaceOf(outermost) : null) ?? ns;
        }

        var builder = new StringBuilder();
        AppendContainers(builder, type, ns);
        builder.Append(type.MetadataName);
        return new TypeNames(builder.ToString(), ns);
    }

    private static void AppendContainers(StringBuilder builder, ITypeSymbol type, string ns)
    {
        if (type.ContainingType is { } container)
        {
            AppendContainers(builder, container, ns);
            builder.Append(container.MetadataName).Append('.');
        }
        else if (ns.Length > 0)
        {
            builder.Append(ns).Append('.');
        }
    }

    private static string NamespaceOf(ITypeSymbol type)
    {
        var parts = new List<string>();
        for (var ns = type.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
        {
            parts.Add(ns.Name);
        }

        parts.Reverse();
        return string.Join(".", parts);
    }

    private sealed record TypeNames(string FullName, string Namespace);
}
