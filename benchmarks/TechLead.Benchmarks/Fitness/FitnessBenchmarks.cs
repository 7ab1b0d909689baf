using System;
using System.IO;
using System.Linq;
using ArchUnitNET.Domain;
using ArchUnitNET.Fluent;
using ArchUnitNET.Loader;
using BenchmarkDotNet.Attributes;
using TechLead.Fitness.Engines;
using TechLead.Fitness.Engines.ArchUnit;
using TechLead.Fitness.Evaluation;
using TechLead.Fitness.Examples;
using TechLead.Rules;
using TechLead.Rules.Model;
using static ArchUnitNET.Fluent.ArchRuleDefinition;
using static ArchUnitNET.Fluent.Slices.SliceRuleDefinition;

namespace TechLead.Benchmarks.Fitness;

/// <summary>
/// A whole fitness run on a generated 500-type assembly with 20 rules: TechLead.Fitness (ADR rules on
/// the ArchUnitNET engine, architecture loaded once) against a hand-written ArchUnitNET test class
/// with the same 20 rules. Both start cold: no architecture or rule-evaluation cache.
/// </summary>
[MemoryDiagnoser]
public class FitnessBenchmarks
{
    private string assemblyPath = string.Empty;
    private AssemblySet assemblies = null!;
    private Rule[] rules = [];

    [GlobalSetup]
    public void Setup()
    {
        var compiled = SnippetCompiler.Compile("Gen.Shop", [GeneratedShop.Source()], []);
        assemblyPath = compiled.AssemblyPath ?? throw new InvalidOperationException(string.Join("\n", compiled.Errors));
        assemblies = AssemblySet.FromPaths([assemblyPath]);
        var set = AdrSet.Load([new AdrSourceFile("docs/adr/0001-generated-shop.md", GeneratedShop.Adr())]);
        if (set.Diagnostics.Count > 0 || set.Rules.Count != 20)
        {
            throw new InvalidOperationException("ADR: " + string.Join("\n", set.Diagnostics));
        }

        rules = set.Rules.ToArray();
        Console.WriteLine($"// violations found by TechLead.Fitness: {AdrFitness()}, by hand-written ArchUnitNET: {HandWrittenArchUnit()}");
    }

    [GlobalCleanup]
    public void Cleanup() => SnippetCompiler.Delete(assemblyPath);

    [Benchmark(Baseline = true)]
    public int HandWrittenArchUnit()
    {
        var architecture = new ArchLoader().WithoutArchitectureCache().WithoutRuleEvaluationCache()
            .LoadFilteredDirectory(Path.GetDirectoryName(assemblyPath)!, Path.GetFileName(assemblyPath)).Build();
        var failures = 0;
        foreach (var rule in HandWrittenRules())
        {
            failures += rule.Evaluate(architecture).Count(r => !r.Passed);
        }

        return failures;
    }

    [Benchmark]
    public int AdrFitness()
    {
        var graph = ArchUnitGraphBuilder.Build(assemblies);
        var violations = 0;
        foreach (var rule in rules)
        {
            violations += GraphRuleEvaluator.Evaluate(rule, graph).Violations.Count;
        }

        return violations;
    }

    private static IArchRule[] HandWrittenRules()
    {
        const string Domain = @"^Gen\.M\d+\.Domain$";
        const string Application = @"^Gen\.M\d+\.Application$";
        const string Infra = @"^Gen\.M\d+\.Infra$";
        var list = Enumerable.Range(0, GeneratedShop.Modules)
            .Select(m => (IArchRule)Types().That().ResideInNamespace($"Gen.M{m}.Domain").Should().NotDependOnAny(Types().That().ResideInNamespace($"Gen.M{m}.Infra")))
            .ToList();
        list.Add(Types().That().ResideInNamespaceMatching(Domain).Should().NotDependOnAny(Types().That().ResideInNamespaceMatching(Application).Or().ResideInNamespaceMatching(Infra)));
        list.Add(Types().That().ResideInNamespaceMatching(Infra).Should().HaveNameEndingWith("Repository"));
        list.Add(Classes().That().ResideInNamespaceMatching(Domain).Should().BeSealed());
        list.Add(Types().That().HaveNameEndingWith("Repository").Should().ResideInNamespaceMatching(Infra));
        list.Add(Slices().Matching("Gen.(*)..").Should().NotDependOnEachOther());
        list.Add(Slices().Matching("Gen.(*)..").Should().BeFreeOfCycles());
        list.Add(Types().Should().NotCallAny(MethodMembers().That().HaveFullNameContaining("System.DateTime::get_Now")));
        list.Add(Types().That().ResideInNamespaceMatching(Domain).Should().OnlyDependOnTypesThat().ResideInNamespaceMatching(@"^(Gen\.M\d+\.Domain|Gen\.Shared|System(\..*)?)$"));
        list.Add(Types().That().ResideInNamespaceMatching(Domain).Should().ImplementAnyInterfaces(Interfaces().That().HaveFullName("Gen.Shared.IEntity")));
        list.Add(Types().That().ResideInNamespaceMatching(@"^Gen\..*").Should().NotHaveAnyAttributes(Attributes().That().HaveFullName("System.ObsoleteAttribute")));
        return [.. list];
    }
}
