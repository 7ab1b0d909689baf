using System;
using System.Collections.Generic;
using Mono.Cecil;
using TechLead.Fitness.Engines.Cecil;
using TechLead.Rules.Selectors;

namespace TechLead.Fitness.Engines.NetArchTest;

/// <summary>
/// NetArchTest 1.3.2 does not see the type of a <c>catch</c> clause either; this reads them from the
/// method bodies of a type and of its compiler-generated nested types (async methods, lambdas).
/// </summary>
internal static class CaughtTypes
{
    public static IEnumerable<string> Of(TypeDefinition type)
    {
        foreach (var method in type.Methods)
        {
            if (!method.HasBody)
            {
                continue;
            }

            foreach (var handler in method.Body.ExceptionHandlers)
            {
                if (handler.CatchType is { } caught)
                {
                    yield return CecilNames.FullName(caught);
                }
            }
        }

        foreach (var nested in type.NestedTypes)
        {
            if (CecilNames.IsCompilerGeneratedType(nested))
            {
                foreach (var caught in Of(nested))
                {
                    yield return caught;
                }
            }
        }
    }

    /// <summary>NetArchTest's matching: a name covers itself and every name below it (whole dotted segments).</summary>
    public static bool Covers(IEnumerable<string> names, string fullName)
    {
        foreach (var name in names)
        {
            if (DottedName.IsAtOrUnder(fullName, name))
            {
                return true;
            }
        }

        return false;
    }
}
