using System.Collections.Generic;
using Mono.Cecil;
using TechLead.Fitness.Evaluation;
using TechLead.Rules.Evaluation;

namespace TechLead.Fitness.Engines.Cecil;

/// <summary>
/// The names a type declares, as a vocabulary rule sees them (spec: type, method, property, field,
/// event, parameter, type parameter; not locals), skipping what the compiler made up.
/// </summary>
internal static class DeclaredNameCollector
{
    public static void Collect(TypeDefinition type, List<DeclaredName> into)
    {
        var typeId = CecilNames.TypeId(type);
        into.Add(new DeclaredName(TypeRuleChecker.StripArity(type.Name), typeId));
        var inherited = type.DeclaringType?.GenericParameters.Count ?? 0;
        for (var i = inherited; i < type.GenericParameters.Count; i++)
        {
            into.Add(new DeclaredName(type.GenericParameters[i].Name, typeId));
        }

        foreach (var field in type.Fields)
        {
            if (!field.IsSpecialName && !IsGenerated(field.Name) && !CecilNames.IsCompilerGenerated(field))
            {
                into.Add(new DeclaredName(field.Name, CecilNames.FieldId(field)));
            }
        }

        foreach (var property in type.Properties)
        {
            if (!IsGenerated(property.Name) && property.Name != "EqualityContract" && !IsInherited(property.GetMethod ?? property.SetMethod))
            {
                into.Add(new DeclaredName(property.Name, CecilNames.PropertyId(property)));
            }
        }

        foreach (var @event in type.Events)
        {
            if (!IsInherited(@event.AddMethod))
            {
                into.Add(new DeclaredName(@event.Name, CecilNames.EventId(@event)));
            }
        }

        foreach (var method in type.Methods)
        {
            // An override or explicit implementation declares no new name: it is flagged where it is first declared (as in the analyzer).
            if (IsGenerated(method.Name) || CecilNames.IsCompilerGenerated(method) || IsInherited(method))
            {
                continue;
            }

            var methodId = CecilNames.MethodId(method);
            var isAccessorOrOperator = method.IsSpecialName;
            if (!isAccessorOrOperator)
            {
                into.Add(new DeclaredName(method.Name, methodId));
                foreach (var parameter in method.GenericParameters)
                {
                    into.Add(new DeclaredName(parameter.Name, methodId));
                }
            }

            if (method.IsGetter || method.IsSetter || method.IsAddOn || method.IsRemoveOn)
            {
                continue;
            }

            foreach (var parameter in method.Parameters)
            {
                if (!string.IsNullOrEmpty(parameter.Name))
                {
                    into.Add(new DeclaredName(parameter.Name, methodId));
                }
            }
        }
    }

    /// <summary>
    /// A method whose name comes from elsewhere: a virtual method that reuses its base's slot (C# <c>override</c>), or one
    /// that names what it implements or overrides in a MethodImpl (an explicit interface implementation, a covariant override).
    /// </summary>
    private static bool IsInherited(MethodDefinition? method) => method is { IsVirtual: true, IsNewSlot: false } or { HasOverrides: true };

    private static bool IsGenerated(string name) => name.Contains('<', System.StringComparison.Ordinal);
}
