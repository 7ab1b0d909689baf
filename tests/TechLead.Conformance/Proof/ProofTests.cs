using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TechLead.Conformance.Infrastructure;
using TechLead.Fitness.Engines;
using TechLead.Rules;

namespace TechLead.Conformance.Proof;

/// <summary>
/// Issue 21's proof: each rule of <see cref="ProofCases"/> fails on its violating example and passes on its compliant one
/// in the analyzer, both fitness engines (ArchUnitNET, NetArchTest) and <c>techlead check</c>.
/// </summary>
public sealed class ProofTests
{
    private static readonly Lazy<(Outcome Violating, Outcome Compliant)> Engines = new(() => (Run(c => c.Violating, "Proof.Violating"), Run(c => c.Compliant, "Proof.Compliant")));

    public static TheoryData<string> Rules => [.. ProofCases.All.Select(c => c.Id)];

    [Fact]
    public void There_are_at_least_twelve_rules_and_all_read_without_problems()
    {
        var set = AdrSet.Load([new AdrSourceFile("docs/adr/0001-proof.md", ProofCases.Adr())]);

        Assert.Empty(set.Diagnostics);
        Assert.True(set.Rules.Count >= 12, $"{set.Rules.Count} rules");
        Assert.Equal(ProofCases.All.Select(c => c.Id), set.Rules.Select(r => r.Id));
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void The_rule_fires_on_its_violating_example_and_not_on_its_compliant_one_in_every_engine(string rule)
    {
        var (violating, compliant) = Engines.Value;

        foreach (var engine in new[] { EngineName.Analyzer, EngineName.ArchUnitNet, EngineName.NetArchTest })
        {
            Assert.True(violating.Count(engine, rule) > 0, $"{engine} does not report {rule} on its violating example");
            Assert.True(compliant.Count(engine, rule) == 0, $"{engine} reports {rule} on its compliant example: {string.Join("; ", compliant.Messages(engine, rule))}");
        }
    }

    [Fact]
    public void Check_fails_the_violating_project_with_every_rule_and_passes_the_compliant_one()
    {
        var root = Path.Combine(Path.GetTempPath(), "techlead-proof-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "docs", "adr"));
            File.WriteAllText(Path.Combine(root, "docs", "adr", "0001-proof.md"), ProofCases.Adr());
            WriteProject(root, "Violating", ProofCases.All.Select(c => c.Violating));
            WriteProject(root, "Compliant", ProofCases.All.Select(c => c.Compliant));

            var violating = Check(root, "Violating/Violating.csproj");
            var compliant = Check(root, "Compliant/Compliant.csproj");

            Assert.True(violating.ExitCode == 1, violating.Output);
            foreach (var rule in ProofCases.All)
            {
                Assert.Contains($"(rule {rule.Id}: ", violating.Output, StringComparison.Ordinal);
            }

            Assert.True(compliant.ExitCode == 0, compliant.Output);
        }
        finally
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        }
    }

    private static void WriteProject(string root, string name, IEnumerable<string> sources)
    {
        var folder = Path.Combine(root, name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, name + ".csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework><Nullable>disable</Nullable></PropertyGroup></Project>\n");
        File.WriteAllText(Path.Combine(folder, "Support.cs"), ProofCases.Support);
        File.WriteAllText(Path.Combine(folder, "Examples.cs"), string.Join("\n", sources));
    }

    private static (int ExitCode, string Output) Check(string root, string project)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = TechLead.Cli.CliApplication.Run(["check", project], stdout, stderr, root);
        return (exitCode, stdout + stderr.ToString());
    }

    private static Outcome Run(Func<ProofCase, string> side, string assemblyName)
    {
        var sources = ProofCases.All.Select((c, i) => new CorpusFile($"/proof/{assemblyName}/{i:00}-{c.Id}.cs", side(c))).Append(new CorpusFile($"/proof/{assemblyName}/Support.cs", ProofCases.Support)).ToList();
        var adr = new CorpusFile("/proof/docs/adr/0001-proof.md", ProofCases.Adr());
        var compilation = CorpusCompilation.Create(sources, assemblyName);
        var path = CorpusCompilation.Emit(compilation);
        var rules = AdrSet.Load([new AdrSourceFile(adr.Path, adr.Text)]).ActiveRules.ToList();
        var assemblies = AssemblySet.FromPaths([path]);
        var analyzer = AnalyzerRun.Run(compilation, [adr]);
        Assert.Empty(analyzer.Exceptions);
        return new Outcome(new Dictionary<EngineName, IReadOnlyList<EngineFinding>>
        {
            [EngineName.Analyzer] = analyzer.Findings,
            [EngineName.ArchUnitNet] = FitnessRun.ArchUnitNet(rules, assemblies),
            [EngineName.NetArchTest] = FitnessRun.NetArchTest(rules, assemblies),
        });
    }

    private sealed record Outcome(IReadOnlyDictionary<EngineName, IReadOnlyList<EngineFinding>> Findings)
    {
        public int Count(EngineName engine, string rule) => Findings[engine].Count(f => f.Finding.Rule == rule);

        public IEnumerable<string> Messages(EngineName engine, string rule) => Findings[engine].Where(f => f.Finding.Rule == rule).Select(f => f.Message);
    }
}
