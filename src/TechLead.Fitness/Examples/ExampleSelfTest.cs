using System.Collections.Generic;
using TechLead.Fitness.Engines;
using TechLead.Rules.Model;

namespace TechLead.Fitness.Examples;

/// <summary>Placeholder.</summary>
internal static class ExampleSelfTest
{
    public static IReadOnlyList<string> Run(Rule rule, AssemblySet assemblies) => [];
}
