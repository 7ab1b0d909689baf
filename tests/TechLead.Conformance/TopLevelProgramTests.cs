using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using TechLead.Conformance.Infrastructure;
using TechLead.Fitness.Engines;
using TechLead.Rules;

namespace TechLead.Conformance;

/// <summary>
/// The top-level-statement case (EntryPointCorpus, an executable compiled apart from the shared library corpus): all
/// three engines report the synthesized Program as Conf.App.Program, with the same messages, and skip it for
/// type-level rules.
/// </summary>
public sealed class TopLevelProgramTests
{
    private const string AssemblyName = "Conf.App";

    private static readonly Lazy<Outcome> Shared = new(Run);

    public static TheoryData<string, string[]> Expected => new()
    {
        { "app-no-data", ["Conf.App.Program -> Conf.Data.Store"] },
        { "program-by-regex-no-data", ["Conf.App.Program -> Conf.Data.Store"] },
        { "app-no-tasks", ["Conf.App.Handlers.Open -> System.Threading.Tasks.Task"] },
        { "app-sealed", ["Conf.App.Handlers.Open"] },
    };

    [Fact]
    public void The_entry_point_corpus_compiles_and_its_adr_is_valid()
    {
        var outcome = Shared.Value;
        Assert.Empty(outcome.Problems);
        Assert.Equal(OutputKind.ConsoleApplication, outcome.Compilation.Options.OutputKind);
    }

    [Theory]
    [MemberData(nameof(Expected))]
    public void Every_engine_reports_the_top_level_Program_as_Conf_App_Program(string rule, string[] expected)
    {
        var outcome = Shared.Value;
        foreach (var (engine, findings) in outcome.Findings)
        {
            var actual = findings.Where(f => f.Finding.Rule == rule).Select(f => f.Finding.ToString().Split(": ", 2)[1]).Distinct().Order(StringComparer.Ordinal);
            Assert.True(expected.SequenceEqual(actual), $"{engine} on {rule}: {string.Join(" | ", actual)}");
        }

        var analyzerMessages = outcome.Findings[EngineName.Analyzer].Where(f => f.Finding.Rule == rule).Select(f => f.Message).ToHashSet(StringComparer.Ordinal);
        foreach (var engine in new[] { EngineName.ArchUnitNet, EngineName.NetArchTest })
        {
            Assert.Equal(analyzerMessages.Order(StringComparer.Ordinal), outcome.Findings[engine].Where(f => f.Finding.Rule == rule).Select(f => f.Message).Distinct().Order(StringComparer.Ordinal));
        }
    }

    private static Outcome Run()
    {
        var sources = CorpusFile.All(".cs", "EntryPointCorpus");
        var adrs = CorpusFile.All(".md", "EntryPointCorpus");
        var set = AdrSet.Load(adrs.Select(a => new AdrSourceFile(a.Path, a.Text)));
        var compilation = CorpusCompilation.Create(sources, AssemblyName, OutputKind.ConsoleApplication);
        var assemblies = AssemblySet.FromPaths([CorpusCompilation.Emit(compilation)]);
        var rules = set.ActiveRules.ToList();
        var analyzer = AnalyzerRun.Run(compilation, adrs);
        var problems = set.Diagnostics.Select(d => $"{d.Id}: {d.Message}").Concat(analyzer.OtherDiagnostics).Concat(analyzer.Exceptions).ToList();
        var findings = new Dictionary<EngineName, IReadOnlyList<EngineFinding>>
        {
            [EngineName.Analyzer] = analyzer.Findings,
            [EngineName.ArchUnitNet] = FitnessRun.ArchUnitNet(rules, assemblies),
            [EngineName.NetArchTest] = FitnessRun.NetArchTest(rules, assemblies),
        };
        return new Outcome(compilation, problems, findings);
    }

    private sealed record Outcome(Compilation Compilation, IReadOnlyList<string> Problems, IReadOnlyDictionary<EngineName, IReadOnlyList<EngineFinding>> Findings);
}
