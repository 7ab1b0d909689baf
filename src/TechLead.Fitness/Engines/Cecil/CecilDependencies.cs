using System.Collections.Generic;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace TechLead.Fitness.Engines.Cecil;

/// <summary>
/// Every type a type's metadata and IL mention (spec section 3 forms: base type, interfaces, attributes, member
/// types, generic constraints, bodies), with its compiler-generated nested types folded in. Engines that report
/// only the violating type (NetArchTest) use it to name what was used.
/// </summary>
internal static class CecilDependencies
{
    public static List<TypeReference> Of(TypeDefinition type)
    {
        var found = new List<TypeReference>();
        Add(type, found);
        return found;
    }

    private static void Add(TypeDefinition type, List<TypeReference> into)
    {
        CecilReferences.AddComponents(type.BaseType, into);
        foreach (var implementation in type.Interfaces)
        {
            CecilReferences.AddComponents(implementation.InterfaceType, into);
        }

        AddAttributes(type, into);
        AddConstraints(type, into);
        foreach (var field in type.Fields)
        {
            CecilReferences.AddComponents(field.FieldType, into);
            AddAttributes(field, into);
        }

        foreach (var property in type.Properties)
        {
            CecilReferences.AddComponents(property.PropertyType, into);
            AddAttributes(property, into);
        }

        foreach (var @event in type.Events)
        {
            CecilReferences.AddComponents(@event.EventType, into);
            AddAttributes(@event, into);
        }

        foreach (var method in type.Methods)
        {
            AddMethod(method, into);
        }

        foreach (var nested in type.NestedTypes)
        {
            if (CecilNames.IsCompilerGeneratedType(nested))
            {
                Add(nested, into);
            }
        }
    }

    private static void AddMethod(MethodDefinition method, List<TypeReference> into)
    {
        CecilReferences.AddComponents(method.ReturnType, into);
        AddAttributes(method, into);
        AddConstraints(method, into);
        foreach (var parameter in method.Parameters)
        {
            CecilReferences.AddComponents(parameter.ParameterType, into);
            AddAttributes(parameter, into);
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

    private static void AddAttributes(ICustomAttributeProvider provider, List<TypeReference> into)
    {
        if (!provider.HasCustomAttributes)
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
