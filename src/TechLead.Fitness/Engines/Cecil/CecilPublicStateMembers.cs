using System.Collections.Generic;
using Mono.Cecil;
using TechLead.Rules.Selectors;

namespace TechLead.Fitness.Engines.Cecil;

/// <summary>
/// The public fields and properties of a type and its base classes as metadata holds them, for
/// <c>immutable: public-members</c> (rules/0062). A base that cannot be resolved contributes nothing.
/// </summary>
internal static class CecilPublicStateMembers
{
    public static IEnumerable<PublicStateMember> Of(TypeReference type, ITypeModel<TypeReference> model, System.Func<TypeReference, TypeDefinition?> resolve)
    {
        var depth = 0;
        for (TypeReference? current = type; current is not null && depth < 64; depth++)
        {
            if (resolve(current) is not { } definition)
            {
                yield break;
            }

            foreach (var member in Declared(definition, depth, model.GetFullName(current)))
            {
                yield return member;
            }

            current = definition.BaseType;
        }
    }

    /// <summary>The public fields and properties <paramref name="definition"/> itself declares, at <paramref name="depth"/> in a base chain.</summary>
    public static IEnumerable<PublicStateMember> Declared(TypeDefinition definition, int depth, string declaringType)
    {
        foreach (var field in definition.Fields)
        {
            // An enum's value__ is public and writable in metadata; C# never shows it.
            if (field.IsPublic && !field.IsRuntimeSpecialName)
            {
                yield return new PublicStateMember(field.Name, isProperty: false, field.IsStatic, field.IsInitOnly || field.IsLiteral, SetAccessor.None, depth, declaringType);
            }
        }

        foreach (var property in definition.Properties)
        {
            if (property.GetMethod is { IsPublic: true } || property.SetMethod is { IsPublic: true })
            {
                var accessor = property.GetMethod ?? property.SetMethod!;
                var setter = property.SetMethod is not { } set ? SetAccessor.None : IsInitOnly(set) ? SetAccessor.Init : SetAccessor.Set;
                yield return new PublicStateMember(property.Name, isProperty: true, accessor.IsStatic, isReadOnlyOrConst: false, setter, depth, declaringType);
            }
        }
    }

    /// <summary>An <c>init</c> accessor returns <c>void modreq(IsExternalInit)</c>.</summary>
    public static bool IsInitOnly(MethodDefinition setter) =>
        setter.ReturnType is RequiredModifierType { ModifierType.FullName: "System.Runtime.CompilerServices.IsExternalInit" };
}
