using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using ArchUnitNET.Domain;
using TechLead.Fitness.Engines.Cecil;
using TechLead.Rules.Selectors;

namespace TechLead.Fitness.Engines.ArchUnit;

/// <summary>
/// The public fields and properties of a type and its base classes for <c>immutable: public-members</c> (rules/0062):
/// ArchUnitNET's members for the types it loaded; a base it only references (in another assembly of the build output,
/// or the runtime's, such as <c>System.Exception</c>) is read from its file with Cecil, or else from the runtime's own
/// reflection, as <see cref="RuntimeBaseTypes"/> finishes the chain.
/// ArchUnitNET does not tell a const field from a static one, so the assemblies' const fields come in by name.
/// </summary>
internal static class ArchUnitPublicStateMembers
{
    private const BindingFlags DeclaredPublic = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    /// <param name="type">The selected type.</param>
    /// <param name="model">Names the declaring types as the rule core writes them.</param>
    /// <param name="constants">Raw full names (<c>Shop.Order+Line::Max</c>) of the loaded assemblies' const fields.</param>
    /// <param name="resolver">Finds the file of a base ArchUnitNET did not load; null: only the runtime's types.</param>
    public static IEnumerable<PublicStateMember> Of(IType type, ITypeModel<IType> model, ISet<string> constants, Mono.Cecil.IAssemblyResolver? resolver)
    {
        var depth = 0;
        foreach (var current in model.GetBaseClasses(type).Prepend(type))
        {
            var declaringType = model.GetFullName(current);
            var members = current is MissingType || current.Members.Count == 0
                ? FromFile(current, model, resolver, depth, declaringType) ?? FromRuntime(current.FullName, depth, declaringType)
                : FromArchUnit(current, depth, declaringType, constants);
            foreach (var member in members)
            {
                yield return member;
            }

            depth++;
        }
    }

    private static IEnumerable<PublicStateMember> FromArchUnit(IType type, int depth, string declaringType, ISet<string> constants)
    {
        foreach (var member in type.Members)
        {
            switch (member)
            {
                case FieldMember { Visibility: Visibility.Public } field when field.Name != "value__":
                    var readOnlyOrConst = field.Writability != Writability.Writable || constants.Contains(type.FullName + "::" + field.Name);
                    yield return new PublicStateMember(field.Name, isProperty: false, field.IsStatic == true, readOnlyOrConst, SetAccessor.None, depth, declaringType);
                    break;
                case PropertyMember property when property.Getter?.Visibility == Visibility.Public || property.Setter?.Visibility == Visibility.Public:
                    var setter = property.Setter is null ? SetAccessor.None : property.Writability == Writability.InitOnly ? SetAccessor.Init : SetAccessor.Set;
                    yield return new PublicStateMember(property.Name, isProperty: true, property.IsStatic == true, isReadOnlyOrConst: false, setter, depth, declaringType);
                    break;
            }
        }
    }

    private static List<PublicStateMember>? FromFile(IType type, ITypeModel<IType> model, Mono.Cecil.IAssemblyResolver? resolver, int depth, string declaringType)
    {
        if (resolver is null)
        {
            return null;
        }

        var reference = new Mono.Cecil.AssemblyNameReference(model.GetAssemblyName(type), null);
        return CecilResolver.TryResolveWith(reference, type.FullName.Replace('+', '/'), resolver) is { } found
            ? CecilPublicStateMembers.Declared(found, depth, declaringType).ToList()
            : null;
    }

    private static List<PublicStateMember> FromRuntime(string rawFullName, int depth, string declaringType)
    {
        if (RuntimeBaseTypes.Resolve(rawFullName) is not { } runtimeType)
        {
            return [];
        }

        var fields = runtimeType.GetFields(DeclaredPublic)
            .Where(f => !f.IsSpecialName)
            .Select(f => new PublicStateMember(f.Name, isProperty: false, f.IsStatic, f.IsInitOnly || f.IsLiteral, SetAccessor.None, depth, declaringType));
        var properties = runtimeType.GetProperties(DeclaredPublic)
            .Select(p => new PublicStateMember(p.Name, isProperty: true, (p.GetMethod ?? p.SetMethod)?.IsStatic == true, isReadOnlyOrConst: false, RuntimeSetter(p), depth, declaringType));
        return fields.Concat(properties).ToList();
    }

    private static SetAccessor RuntimeSetter(PropertyInfo property) =>
        property.GetSetMethod(nonPublic: true) is not { } setter ? SetAccessor.None
        : Array.Exists(setter.ReturnParameter.GetRequiredCustomModifiers(), m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit") ? SetAccessor.Init
        : SetAccessor.Set;
}
