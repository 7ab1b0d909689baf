using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using TechLead.Rules.Members;
using TechLead.Rules.Selectors;

namespace TechLead.Analyzers.Symbols;

/// <summary>
/// Shows declared members (methods, properties, fields, constructors, events) to the rule core. <see cref="DeclaredMember"/>
/// decides which symbols are members the user declared (rules/0036); the rest reads them.
/// </summary>
internal sealed class RoslynMemberModel(RoslynTypeModel types) : IMemberModel<ISymbol>
{
    public string GetName(ISymbol member) => member is IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor }
        ? DeclaringType(member).Name
        : member.Name;

    public MemberKind GetKind(ISymbol member) => member switch
    {
        IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor } => MemberKind.Constructor,
        IMethodSymbol => MemberKind.Method,
        IPropertySymbol => MemberKind.Property,
        IFieldSymbol => MemberKind.Field,
        _ => MemberKind.Event,
    };

    public MemberVisibility GetVisibility(ISymbol member) => VisibilityOf(member);

    /// <summary>The declared accessibility as the rule core spells it.</summary>
    public static MemberVisibility VisibilityOf(ISymbol member) => member.DeclaredAccessibility switch
    {
        Accessibility.Public => MemberVisibility.Public,
        Accessibility.Internal => MemberVisibility.Internal,
        Accessibility.Protected => MemberVisibility.Protected,
        Accessibility.ProtectedOrInternal => MemberVisibility.ProtectedInternal,
        Accessibility.ProtectedAndInternal => MemberVisibility.PrivateProtected,
        _ => MemberVisibility.Private,
    };

    public bool IsStatic(ISymbol member) => member.IsStatic;

    public bool IsAsync(ISymbol member) => member is IMethodSymbol { IsAsync: true };

    public string? GetValueTypeName(ISymbol member) => ValueType(member) is { } type ? TypeName(type) : null;

    public string? GetAwaitedTypeName(ISymbol member) =>
        ValueType(member) is INamedTypeSymbol { IsGenericType: true } named && MemberTypeNames.IsAwaitable(types.GetFullName(named.OriginalDefinition))
            ? TypeName(named.TypeArguments[0])
            : null;

    public int GetParameterCount(ISymbol member) => member is IMethodSymbol method ? method.Parameters.Length : 0;

    public IEnumerable<string> GetAttributeNames(ISymbol member)
    {
        foreach (var attribute in member.GetAttributes())
        {
            if (attribute.AttributeClass is { } attributeClass)
            {
                yield return types.GetFullName(attributeClass.OriginalDefinition);
            }
        }
    }

    public bool IsOverride(ISymbol member) => member.IsOverride;

    public bool HasPublicSetter(ISymbol member) =>
        member is IPropertySymbol { SetMethod: { IsInitOnly: false, DeclaredAccessibility: Accessibility.Public } };

    public string? FindSelectedValueType(ISymbol member, TypeSelector selector)
    {
        if (ValueType(member) is not INamedTypeSymbol named)
        {
            return null;
        }

        var arguments = new List<ITypeSymbol>(named.TypeArguments.Length);
        foreach (var argument in named.TypeArguments)
        {
            // Named types only: an array, pointer or type parameter is never a type a selection lists (rules/0069).
            if (argument is INamedTypeSymbol namedArgument)
            {
                arguments.Add(namedArgument.OriginalDefinition);
            }
        }

        return MemberValueTypes.FindSelected<ITypeSymbol>(named.OriginalDefinition, arguments, selector, types);
    }

    /// <summary>The type whose members the symbol counts among: a C# 14 extension block's members count in its static class.</summary>
    public static INamedTypeSymbol DeclaringType(ISymbol member)
    {
        var type = member.ContainingType;
        return type.IsExtension && type.ContainingType is { } staticClass ? staticClass : type;
    }

    /// <summary>
    /// The member the user declared that <paramref name="symbol"/> (a method, field or event symbol action's symbol) stands
    /// for, or null: a property is seen through its first accessor; overrides, explicit interface implementations, operators,
    /// accessors, local functions and what the compiler declared are not members a rule selects.
    /// </summary>
    public static ISymbol? DeclaredMember(ISymbol symbol)
    {
        if (symbol.IsImplicitlyDeclared || symbol.IsOverride || symbol.ContainingType is not { TypeKind: not TypeKind.Delegate })
        {
            return null;
        }

        switch (symbol)
        {
            case IMethodSymbol { AssociatedSymbol: IPropertySymbol property } accessor:
                return SymbolEqualityComparer.Default.Equals(accessor, property.GetMethod ?? property.SetMethod) && IsDeclared(property) && property.ExplicitInterfaceImplementations.IsEmpty
                    && property.PartialDefinitionPart is null // a partial property's implementation: its definition is the member
                    ? property
                    : null;
            case IMethodSymbol method:
                return method.MethodKind is MethodKind.Ordinary or MethodKind.Constructor or MethodKind.StaticConstructor
                    && method.ExplicitInterfaceImplementations.IsEmpty && method.PartialDefinitionPart is null
                    ? method
                    : null;
            case IFieldSymbol field:
                return field.AssociatedSymbol is null ? field : null;
            case IEventSymbol @event:
                return @event.ExplicitInterfaceImplementations.IsEmpty ? @event : null;
            default:
                return null;
        }
    }

    /// <summary>
    /// The override the user wrote that <paramref name="symbol"/> (a method, field or event symbol action's symbol) stands
    /// for, or null: a method, a property (through its first accessor) or an event with <c>override</c>, not one the
    /// compiler wrote (a record's <c>ToString</c>, <c>Equals</c>, <c>EqualityContract</c>), for <c>include-overrides</c> (rules/0069).
    /// </summary>
    public static ISymbol? WrittenOverride(ISymbol symbol)
    {
        if (symbol.IsImplicitlyDeclared || symbol.ContainingType is not { TypeKind: not TypeKind.Delegate })
        {
            return null;
        }

        return symbol switch
        {
            IMethodSymbol { AssociatedSymbol: IPropertySymbol { IsOverride: true, IsImplicitlyDeclared: false } property } accessor
                when SymbolEqualityComparer.Default.Equals(accessor, property.GetMethod ?? property.SetMethod) => property,
            IMethodSymbol { IsOverride: true, MethodKind: MethodKind.Ordinary } method => method,
            IEventSymbol { IsOverride: true } @event => @event,
            _ => null,
        };
    }

    /// <summary>
    /// Every member the user declared in <paramref name="type"/> (<see cref="DeclaredMember"/>), the members of its C# 14
    /// extension blocks included; a property once, whether or not its accessors are written (a record's positional ones).
    /// </summary>
    public static List<ISymbol> DeclaredMembersOf(INamedTypeSymbol type)
    {
        var declared = new List<ISymbol>();
        Add(type, declared);
        foreach (var nested in type.GetTypeMembers())
        {
            if (nested.IsExtension)
            {
                Add(nested, declared);
            }
        }

        return declared;

        static void Add(INamedTypeSymbol container, List<ISymbol> into)
        {
            foreach (var symbol in container.GetMembers())
            {
                if (symbol is IPropertySymbol property)
                {
                    if (IsDeclared(property) && property.ExplicitInterfaceImplementations.IsEmpty)
                    {
                        into.Add(property);
                    }
                }
                else if (symbol is not IMethodSymbol { AssociatedSymbol: IPropertySymbol } && DeclaredMember(symbol) is { } member)
                {
                    into.Add(member);
                }
            }
        }
    }

    /// <summary>A property the user wrote: not synthesized (<c>EqualityContract</c>), not an override.</summary>
    public static bool IsDeclared(IPropertySymbol property) => !property.IsImplicitlyDeclared && !property.IsOverride;

    private static ITypeSymbol? ValueType(ISymbol member) => member switch
    {
        IMethodSymbol { MethodKind: MethodKind.Ordinary } method => method.ReturnType,
        IPropertySymbol property => property.Type,
        IFieldSymbol field => field.Type,
        _ => null,
    };

    /// <summary>The spelling of <see cref="MemberTypeNames"/>.</summary>
    private string TypeName(ITypeSymbol type) => type switch
    {
        IArrayTypeSymbol array => TypeName(array.ElementType) + MemberTypeNames.ArraySuffix(array.Rank),
        IPointerTypeSymbol pointer => TypeName(pointer.PointedAtType) + "*",
        ITypeParameterSymbol parameter => parameter.Name,
        IDynamicTypeSymbol => "System.Object",
        INamedTypeSymbol named => types.GetFullName(named.OriginalDefinition),
        _ => type.ToDisplayString(),
    };
}
