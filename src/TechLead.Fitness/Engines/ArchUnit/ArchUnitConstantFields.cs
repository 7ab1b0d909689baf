using System.Collections.Generic;
using Mono.Cecil;

namespace TechLead.Fitness.Engines.ArchUnit;

/// <summary>The const fields of the loaded assemblies, which ArchUnitNET lists like static fields (rules/0062).</summary>
internal static class ArchUnitConstantFields
{
    public static void Collect(TypeDefinition type, ISet<string> into)
    {
        foreach (var field in type.Fields)
        {
            if (field.IsLiteral && field.IsPublic)
            {
                into.Add(type.FullName.Replace('/', '+') + "::" + field.Name);
            }
        }
    }
}
