using System;
using System.Collections.Generic;
using System.Linq;
using Mono.Cecil;
using Mono.Cecil.Cil;
using TechLead.Fitness.Engines.Cecil;

namespace TechLead.Benchmarks.Differential;

/// <summary>The attributes of partial classes one part of which is in a generated file (an EF migration and its .Designer.cs).</summary>
internal static class PartlyGenerated
{
    private static readonly HashSet<(string Type, string Attribute)> Attributes = [];

    public static void Load(IEnumerable<string> assemblies)
    {
        foreach (var path in assemblies)
        {
            try
            {
                using var module = ModuleDefinition.ReadModule(path, new ReaderParameters { ReadSymbols = true, SymbolReaderProvider = new DefaultSymbolReaderProvider(false) });
                foreach (var type in module.GetTypes().Where(t => t.Methods.Any(GeneratedDocuments.IsGenerated)))
                {
                    foreach (var attribute in type.CustomAttributes)
                    {
                        Attributes.Add((type.FullName.Replace('/', '.'), attribute.AttributeType.FullName));
                        foreach (var argument in attribute.ConstructorArguments.Where(a => a.Value is TypeReference))
                        {
                            Attributes.Add((type.FullName.Replace('/', '.'), ((TypeReference)argument.Value).FullName.Replace('/', '.')));
                        }
                    }
                }
            }
#pragma warning disable CA1031 // an assembly that does not read is named by the engines
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        }
    }

    public static bool IsAttributeOfGeneratedPart(string type, string attribute) => Attributes.Contains((type, attribute));
}
