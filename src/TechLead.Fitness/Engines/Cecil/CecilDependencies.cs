using System.Collections.Generic;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace TechLead.Fitness.Engines.Cecil;

/// <summary>
/// Every type a type's metadata and IL mention (docs/adr-format.md forms: base type, interfaces, attributes, member
/// types, generic constraints, bodies), with its compiler-generated nested types folded in. Engines that report
/// only the violating type (NetArchTest) use it to name what was used.
/// </summary>
internal static class CecilDependencies
{
    public static List<TypeReference> Of(TypeDefinition type)
    {
        var found = new List<TypeReference>();
        Add(type, found, generated: false);
        return found;
    }

    /// <summary>
    /// A compiler-generated type (closure, state machine) adds what its members and bodies use, not the attributes
    /// the compiler put on it (<c>[CompilerGenerated]</c>, <c>[DebuggerHidden]</c>, nullable metadata): as in the
    /// ArchUnitNET engine, where the Cecil pass folds generated code into its user type the same way.
    /// </summary>
    private static void Add(TypeDefinition type, List<TypeReference> into, bool generated)
    {
        var attributes = generated ? null : into;
        CecilReferences.AddComponents(type.BaseType, into);
        foreach (var implementation in type.Interfaces)
        {
            CecilReferences.AddComponents(implementation.InterfaceType, into);
        }

        AddAttributes(type, attributes);
        AddConstraints(type, into);
        foreach (var field in type.Fields)
        {
            CecilReferences.AddComponents(field.FieldType, into);
            AddAttributes(field, attributes);
        }

        foreach (var property in type.Properties)
        {
            CecilReferences.AddComponents(property.PropertyType, into);
            AddAttributes(property, attributes);
        }

        foreach (var @event in type.Events)
        {
            CecilReferences.AddComponents(@event.EventType, into);
            AddAttributes(@event, attributes);
        }

        foreach (var method in type.Methods)
        {
            AddMethod(method, into, attributes);
        }

        foreach (var nested in type.NestedTypes)
        {
            if (CecilNames.IsCompilerGeneratedType(nested))
            {
                Add(nested, into, generated: true);
            }
        }
    }

    private static void AddMethod(MethodDefinition method, List<TypeReference> into, List<TypeReference>? attributes)
    {
        CecilReferences.AddComponents(method.ReturnType, into);
        AddAttributes(method, attributes);
        AddConstraints(method, into);
        foreach (var parameter in method.Parameters)
        {
            CecilReferences.AddComponents(parameter.ParameterType, into);
            AddAttributes(parameter, attributes);
        }

        if (!method.HasBody)
        {
            return;
        }

        foreach (var variable in method.Body.Variables)
        {
            CecilReferences.AddComponents(variable.VariableType, into);
        }

        foreach (var handler in method.Body.ExceptionHandlers)
        {
            CecilReferences.AddComponents(handler.CatchType, into);
        }

        foreach (var instruction in method.Body.Instructions)
        {
            switch (instruction.Operand)
            {
                case TypeReference typeOperand:
                    CecilReferences.AddComponents(typeOperand, into);
                    break;
                case MethodReference called:
                    CecilReferences.AddSignature(called, into);
                    break;
                case FieldReference field:
                    CecilReferences.AddComponents(field.DeclaringType, into);
                    CecilReferences.AddComponents(field.FieldType, into);
                    break;
            }
        }
    }

    private static void AddAttributes(ICustomAttributeProvider provider, List<TypeReference>? into)
    {
        if (into is null || !provider.HasCustomAttributes)
        {
            return;
        }

        foreach (var attribute in provider.CustomAttributes)
        {
            CecilReferences.AddComponents(attribute.AttributeType, into);
        }
    }

    private static void AddConstraints(IGenericParameterProvider provider, List<TypeReference> into)
    {
        if (!provider.HasGenericParameters)
        {
            return;
        }

        foreach (var parameter in provider.GenericParameters)
        {
            foreach (var constraint in parameter.Constraints)
            {
                CecilReferences.AddComponents(constraint.ConstraintType, into);
            }
        }
    }
}
