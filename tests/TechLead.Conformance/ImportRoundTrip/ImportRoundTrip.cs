using System;
using System.Collections.Generic;
using System.Linq;
using TechLead.Cli.Importing;
using TechLead.Cli.Importing.TestCode;
using TechLead.Conformance.Infrastructure;
using TechLead.Fitness.Engines;
using TechLead.Rules;
using TechLead.Rules.Writing;

namespace TechLead.Conformance.ImportRoundTrip;

/// <summary>
/// One code base's round trip, built and run once per test run: the original NetArchTest and ArchUnitNET
/// tests executed, their test classes imported into ADRs (as <c>techlead import</c> writes them), and those
/// ADRs run through the ArchUnitNET fitness engine and the analyzer on the same code.
/// </summary>
internal sealed class ImportRoundTrip
{
    private static readonly Dictionary<string, Lazy<ImportRoundTrip>> CodeBases = new()
    {
        // Clean architecture: three layer projects, the application layer wrongly referencing the infrastructure.
        ["CleanShop"] = new(() => new ImportRoundTrip("CleanShop", "Shop.ArchitectureTests", "Shop.Domain", "Shop.Infrastructure", "Shop.Application")),

        // Modular monolith: module projects that may use each other's contracts only.
        ["ModularShop"] = new(() => new ImportRoundTrip("ModularShop", "Shop.Modules.ArchTests", "Shop.Modules.Ordering", "Shop.Modules.Billing")),
    };

    private ImportRoundTrip(string codeBase, string testsFolder, params string[] projectsInBuildOrder)
    {
        var projects = RoundTripProjects.Build(codeBase, projectsInBuildOrder);
        Original = OriginalArchitectureTests.Run(projects, testsFolder);

        // Read as when the test project loads: with the semantic model (the unit tests pin the syntax-only reading).
        var scope = ImportScopeCollector.Collect(projects.Root, projects.Root) with { Semantic = RoundTripSemanticCode.Of(projects, testsFolder) };
        var importers = RuleImporters.All.Where(i => i is NetArchTestImporter or ArchUnitNetImporter).ToList();
        var imported = importers.SelectMany(i => i.Import(scope).Select(d => (Decision: d, Importer: i.Name))).ToList();
        Decisions = imported.Select(i => i.Decision).ToList();
        var adrs = imported.Select((d, n) => new CorpusFile(
            $"/roundtrip/docs/adr/{n + 1:0000}-imported.md",
            AdrDraftWriter.Render(ImportedAdrComposer.Compose(d.Decision, d.Importer, $"ADR-{n + 1:0000}", "accepted", "2026-12-01")))).ToList();
        Adrs = AdrSet.Load(adrs.Select(a => new AdrSourceFile(a.Path, a.Text)));

        var rules = Adrs.ActiveRules.ToList();
        Fitness = FitnessRun.ArchUnitNet(rules, AssemblySet.FromPaths(projects.AssemblyPaths));
        Analyzer = projects.Compilations.Select(c => AnalyzerRun.Run(c, adrs)).ToList();
    }

    public static ImportRoundTrip Of(string codeBase) => CodeBases[codeBase].Value;

    /// <summary>Failing types per original test (<c>Class.Method</c>).</summary>
    public IReadOnlyDictionary<string, HashSet<string>> Original { get; }

    public IReadOnlyList<ImportedDecision> Decisions { get; }

    public AdrSet Adrs { get; }

    public IReadOnlyList<EngineFinding> Fitness { get; }

    public IReadOnlyList<AnalyzerOutcome> Analyzer { get; }

    /// <summary>The ADR id and rule id the importer gave <paramref name="testClass"/>.<paramref name="method"/>.</summary>
    public (string Adr, string Rule) RuleOf(string testClass, string method)
    {
        var index = Decisions.ToList().FindIndex(d => d.Key.EndsWith("#" + testClass, StringComparison.Ordinal));
        Assert.True(index >= 0, $"no decision was imported from {testClass}");
        return ($"ADR-{index + 1:0000}", RuleIds.FromText(method));
    }

    public IReadOnlySet<Finding> FitnessFindings(string adr, string rule) => Fitness.Select(f => f.Finding).Where(f => f.Adr == adr && f.Rule == rule).ToHashSet();

    public IReadOnlySet<Finding> AnalyzerFindings(string adr, string rule) => Analyzer.SelectMany(a => a.Findings).Select(f => f.Finding).Where(f => f.Adr == adr && f.Rule == rule).ToHashSet();
}
