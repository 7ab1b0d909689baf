using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using TechLead.Rules.Selectors;

namespace TechLead.Analyzers.Symbols;

/// <summary>
/// The public fields and properties of a type and its base classes (source or metadata) for
/// <c>immutable: public-members</c>. A base from a referenced assembly shows only its public and protected accessors:
/// the compiler does not import private ones, so a <c>private set</c> declared there is not seen (rules/0062).
/// </summary>
internal static class RoslynPublicStateMembers
{
    public static IEnumerable<PublicStateMember> Of(ITypeSymbol type, ITypeModel<ITypeSymbol> model)
    {
        var depth = 0;
        for (ITypeSymbol? current = type; current is not null; current = current.BaseType, depth++)
        {
            string? declaringType = null;
            foreach (var member in current.GetMembers())
            {
                if (member.DeclaredAccessibility != Accessibility.Public || member.IsImplicitlyDeclared && member is not IPropertySymbol)
                {
                    continue;
                }

                switch (member)
                {
                    case IFieldSymbol field:
                        declaringType ??= model.GetFullName(current.OriginalDefinition);
                        yield return new PublicStateMember(field.MetadataName, isProperty: false, field.IsStatic, field.IsReadOnly || field.IsConst, SetAccessor.None, depth, declaringType);
                        break;
                    case IPropertySymbol property:
                        declaringType ??= model.GetFullName(current.OriginalDefinition);
                        var setter = property.SetMethod is not { } set ? SetAccessor.None : set.IsInitOnly ? SetAccessor.Init : SetAccessor.Set;
                        yield return new PublicStateMember(property.MetadataName, isProperty: true, property.IsStatic, isReadOnlyOrConst: false, setter, depth, declaringType);
                        break;
                }
            }
        }
    }
}
