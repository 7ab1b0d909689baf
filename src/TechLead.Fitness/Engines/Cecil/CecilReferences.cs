using System.Collections.Generic;
using Mono.Cecil;

namespace TechLead.Fitness.Engines.Cecil;

/// <summary>Expands a type reference into the named types it mentions (element types and generic arguments).</summary>
internal static class CecilReferences
{
    public static void AddComponents(TypeReference? type, List<TypeReference> into)
    {
        while (type is not null)
        {
            switch (type)
            {
                case GenericParameter:
                    return;
                case GenericInstanceType generic:
                    foreach (var argument in generic.GenericArguments)
                    {
                        AddComponents(argument, into);
                    }

                    type = generic.ElementType;
                    continue;
                case FunctionPointerType:
                    return;
                case TypeSpecification specification:
                    type = specification.ElementType;
                    continue;
                default:
                    into.Add(type);
                    return;
            }
        }
    }

    public static void AddSignature(MethodReference method, List<TypeReference> into)
    {
        AddComponents(method.DeclaringType, into);
        AddComponents(method.ReturnType, into);
        foreach (var parameter in method.Parameters)
        {
            AddComponents(parameter.ParameterType, into);
        }

        if (method is GenericInstanceMethod instance)
        {
            foreach (var argument in instance.GenericArguments)
            {
                AddComponents(argument, into);
            }
        }
    }
}
