using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis;
using TechLead.Rules.Selectors;

namespace TechLead.Analyzers.Model;

/// <summary>
/// Shows Roslyn type symbols (source or metadata) to the rule core. Names are computed once per
/// symbol and cached for the compilation: selectors ask for them on every reference.
/// </summary>
internal sealed class RoslynTypeModel : ITypeModel<ITypeSymbol>
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

    private TypeNames Names(ITypeSymbol type) => names.GetOrAdd(type, Compute);

    private static TypeNames Compute(ITypeSymbol type)
    {
        var ns = NamespaceOf(type);
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
