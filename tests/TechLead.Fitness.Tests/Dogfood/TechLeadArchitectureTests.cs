using System.Linq;
using System.Reflection;
using TechLead.Analyzers;
using TechLead.Rules;

namespace TechLead.Fitness.Tests.Dogfood;

/// <summary>
/// We eat our own food: TechLead's compiled assemblies checked against the ADRs in rules/, one case
/// per rule (the build checks the same rules with the analyzer, except on the rules core and the
/// analyzer themselves, which cannot analyze their own build). The code fixes are left out: loading
/// them needs Roslyn Workspaces, which test runs do not ship; the build checks them.
/// </summary>
public sealed class TechLeadArchitectureTests : AdrFitnessTests
{
    public TechLeadArchitectureTests()
        : base(
            AdrSource.FromDirectory("rules"),
            typeof(AdrSet).Assembly,
            typeof(TechLeadAnalyzer).Assembly,
            typeof(AdrFitnessTests).Assembly,
            Assembly.LoadFrom(CliAssemblyPath()))
    {
    }

    private static string CliAssemblyPath() =>
        typeof(TechLeadArchitectureTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "TechLeadCliAssembly").Value!;
}
