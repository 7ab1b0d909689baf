using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.CodeAnalysis;
using TechLead.Analyzers.Analysis;
using TechLead.Rules.Selectors;

namespace TechLead.Analyzers.Symbols;

/// <summary>
/// Shows Roslyn type symbols (source or metadata) to the rule core. Names are computed once per
/// symbol and cached: selectors ask for them on every reference. Types of this compilation are cached for the
/// compilation; types of other assemblies for as long as their symbol lives, which in the IDE and the compiler server
/// spans compilations (a keystroke's new compilation shares the referenced assemblies' symbols). The <c>Program</c>
/// of top-level statements counts in the project's root namespace (<see cref="TopLevelProgram"/>).
/// </summary>
internal sealed class RoslynTypeModel : ITypeModel<ITypeSymbol>
{
    /// <summary>Names of referenced types: they depend on the symbol alone, never on the compilation asking.</summary>
    private static readonly ConditionalWeakTable<ITypeSymbol, TypeNames> Referenced = new();

    private static readonly ConditionalWeakTable<ITypeSymbol, TypeNames>.CreateValueCallback ComputeReferenced = type => Compute(type, ownAssembly: null, entryPointNamespace: string.Empty);

    private readonly ConcurrentDictionary<ITypeSymbol, TypeNames> names = PerCompilation.Cache<ITypeSymbol, TypeNames>(SymbolEqualityComparer.Default);

    /// <summary>Cached: a method group converted on every lookup would allocate a delegate per name asked.</summary>
    private readonly Func<ITypeSymbol, TypeNames> computeOwn;

    private readonly IAssemblySymbol ownAssembly;
    private readonly string entryPointNamespace;

    public RoslynTypeModel(IAssemblySymbol ownAssembly, string entryPointNamespace)
    {
        this.ownAssembly = ownAssembly;
        this.entryPointNamespace = entryPointNamespace;
        computeOwn = type => Compute(type, this.ownAssembly, this.entryPointNamespace);
    }

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

    public IEnumerable<PublicStateMember> GetPublicStateMembers(ITypeSymbol type) => RoslynPublicStateMembers.Of(type, this);

    public IEnumerable<InstanceConstructor> GetInstanceConstructors(ITypeSymbol type)
    {
        if (type is not INamedTypeSymbol named)
        {
            yield break;
        }

        foreach (var constructor in named.InstanceConstructors)
        {
            // A struct's (or enum's) parameterless constructor that C# implies is not in metadata; reflection never lists it.
            if (named.IsValueType && constructor.IsImplicitlyDeclared && constructor.Parameters.IsEmpty)
            {
                continue;
            }

            yield return new InstanceConstructor(RoslynMemberModel.VisibilityOf(constructor), constructor.Parameters.Length);
        }
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

    private TypeNames Names(ITypeSymbol type) =>
        SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, ownAssembly) || type.ContainingAssembly is null
            ? names.GetOrAdd(type, computeOwn)
            : Referenced.GetValue(type, ComputeReferenced);

    /// <summary>
    /// The namespace of the top-level <c>Program</c>: the root namespace in this compilation (<paramref name="ownAssembly"/>),
    /// the assembly name in another.
    /// </summary>
    private static string? EntryPointNamespaceOf(ITypeSymbol outermost, IAssemblySymbol? ownAssembly, string entryPointNamespace) =>
        !IsTopLevelProgram(outermost) ? null
        : ownAssembly is not null && SymbolEqualityComparer.Default.Equals(outermost.ContainingAssembly, ownAssembly) ? entryPointNamespace
        : outermost.ContainingAssembly?.Name;

    private string? EntryPointNamespaceOf(ITypeSymbol outermost) => EntryPointNamespaceOf(outermost, ownAssembly, entryPointNamespace);

    private static TypeNames Compute(ITypeSymbol type, IAssemblySymbol? ownAssembly, string entryPointNamespace)
    {
        var ns = NamespaceOf(type.ContainingNamespace);
        if (ns.Length == 0)
        {
            ns = (OutermostTypeOf(type) is { } outermost ? EntryPointNamespaceOf(outermost, ownAssembly, entryPointNamespace) : null) ?? ns;
        }

        if (type.ContainingType is null)
        {
            return new TypeNames(ns.Length == 0 ? type.MetadataName : ns + "." + type.MetadataName, ns);
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

    /// <summary>The dotted name of a namespace, built outermost first (one string per level below the top one).</summary>
    private static string NamespaceOf(INamespaceSymbol? ns)
    {
        if (ns is null || ns.IsGlobalNamespace)
        {
            return string.Empty;
        }

        var outer = NamespaceOf(ns.ContainingNamespace);
        return outer.Length == 0 ? ns.Name : outer + "." + ns.Name;
    }

    private sealed record TypeNames(string FullName, string Namespace);
}
