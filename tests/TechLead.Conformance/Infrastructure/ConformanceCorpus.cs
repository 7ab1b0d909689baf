using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using TechLead.Fitness.Engines;
using TechLead.Rules;
using TechLead.Rules.Model;

namespace TechLead.Conformance.Infrastructure;

/// <summary>
/// The shared corpus, compiled and checked by all three engines once per test run; every test reads
/// its rule's findings from here.
/// </summary>
internal sealed class ConformanceCorpus
{
    private static readonly Lazy<ConformanceCorpus> Shared = new(() => new ConformanceCorpus());

    private ConformanceCorpus()
    {
        Sources = CorpusFile.All(".cs");
        Adrs = CorpusFile.All(".md");
        AdrSet = AdrSet.Load(Adrs.Select(a => new AdrSourceFile(a.Path, a.Text)));
        Compilation = CorpusCompilation.Create(Sources);
        AssemblyPath = CorpusCompilation.Emit(Compilation);
        var rules = AdrSet.ActiveRules.ToList();
        var assemblies = AssemblySet.FromPaths([AssemblyPath]);
        Analyzer = AnalyzerRun.Run(Compilation, Adrs);
        Findings = new Dictionary<EngineName, IReadOnlyList<EngineFinding>>
        {
            [EngineName.Analyzer] = Analyzer.Findings,
            [EngineName.ArchUnitNet] = FitnessRun.ArchUnitNet(rules, assemblies),
            [EngineName.NetArchTest] = FitnessRun.NetArchTest(rules, assemblies),
        };
    }

    public static ConformanceCorpus Instance => Shared.Value;

    public IReadOnlyList<CorpusFile> Sources { get; }

    public IReadOnlyList<CorpusFile> Adrs { get; }

    public AdrSet AdrSet { get; }

    public CSharpCompilation Compilation { get; }

    public string AssemblyPath { get; }

    public AnalyzerOutcome Analyzer { get; }

    public IReadOnlyDictionary<EngineName, IReadOnlyList<EngineFinding>> Findings { get; }

    public Rule Rule(string qualifiedId) =>
        AdrSet.Rules.FirstOrDefault(r => r.QualifiedId == qualifiedId) ?? throw new ArgumentException($"the corpus has no rule '{qualifiedId}'", nameof(qualifiedId));

    /// <summary>The engine's findings for one rule (distinct), or null when the engine does not check that rule.</summary>
    public IReadOnlySet<Finding>? FindingsOf(EngineName engine, Rule rule)
    {
        if (engine == EngineName.NetArchTest && FitnessRun.WhyNetArchTestSkips(rule) is not null)
        {
            return null;
        }

        return Findings[engine].Where(f => f.Finding.Adr == rule.Adr.Id && f.Finding.Rule == rule.Id).Select(f => f.Finding).ToHashSet();
    }

    /// <summary>The distinct messages an engine reported for one finding.</summary>
    public IReadOnlySet<string> MessagesOf(EngineName engine, Finding finding) =>
        Findings[engine].Where(f => f.Finding == finding).Select(f => f.Message).ToHashSet(StringComparer.Ordinal);
}
