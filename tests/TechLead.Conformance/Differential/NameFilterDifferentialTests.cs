using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using TechLead.Conformance.Infrastructure;
using Xunit.Abstractions;

namespace TechLead.Conformance.Differential;

/// <summary>
/// The analyzer's fast path skips names it can tell from their text cannot be reported (rules/0016 points 6–8). In
/// listener mode (the internal constructor the CLI report uses) <c>MayMatter</c> is always true, <c>Ignores</c> always
/// false and <c>HasTypeReferenceRules</c> true: every name is bound and no check is skipped. Both must report the very
/// same diagnostics (ID, severity, location, message, properties) on the conformance corpus and on every sample under
/// samples/, project by project. docs/conformance.md describes it.
/// </summary>
public sealed class NameFilterDifferentialTests(ITestOutputHelper output)
{
    public static TheoryData<string> Samples => [.. Directory.GetDirectories(RepoPaths.Combine("samples")).Where(d => Directory.Exists(Path.Combine(d, "docs", "adr"))).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal)];

    [Fact]
    public void The_name_filter_changes_no_diagnostic_on_the_corpus()
    {
        var corpus = ConformanceCorpus.Instance;
        AssertSameDiagnostics("Corpus", corpus.Compilation, corpus.Adrs.Select(a => (AdditionalText)new TextFile(a.Path, a.Text)).ToList(), CorpusCompilation.AssemblyName, AppContext.BaseDirectory);
    }

    [Fact]
    public void The_name_filter_changes_no_diagnostic_on_the_entry_point_corpus()
    {
        const string assemblyName = "Conf.App";
        var compilation = CorpusCompilation.Create(CorpusFile.All(".cs", "EntryPointCorpus"), assemblyName, OutputKind.ConsoleApplication);
        var adrs = CorpusFile.All(".md", "EntryPointCorpus").Select(a => (AdditionalText)new TextFile(a.Path, a.Text)).ToList();
        AssertSameDiagnostics("EntryPointCorpus", compilation, adrs, assemblyName, AppContext.BaseDirectory);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_name_filter_changes_no_diagnostic_on_a_sample(string sample)
    {
        var solution = SampleCompilations.Create(RepoPaths.Combine("samples", sample));
        var differences = new List<string>();
        var reported = 0;
        foreach (var project in solution.Projects)
        {
            var (count, difference) = Compare($"samples/{sample}/{project.AssemblyName}", project, solution.Adrs, project.AssemblyName!, solution.Directory);
            reported += count;
            differences.AddRange(difference is null ? [] : [difference]);
        }

        Assert.True(differences.Count == 0, string.Join("\n", differences));

        // A run without diagnostics could not fail; the sample's ADRs or its probes in Differential/Probes must break somewhere.
        Assert.True(reported > 0, $"samples/{sample}: no project reported anything, so the comparison proves nothing; add a probe ADR");
    }

    private void AssertSameDiagnostics(string subject, Compilation compilation, IReadOnlyList<AdditionalText> adrs, string rootNamespace, string root)
    {
        var (count, difference) = Compare(subject, compilation, adrs, rootNamespace, root);
        Assert.True(difference is null, difference);
        Assert.True(count > 0, $"{subject}: no diagnostics at all, so the comparison proves nothing");
    }

    /// <returns>How many diagnostics the analyzer reported with its filter, and what differs without it (null: nothing).</returns>
    private (int Count, string? Difference) Compare(string subject, Compilation compilation, IReadOnlyList<AdditionalText> adrs, string rootNamespace, string root)
    {
        var filtered = FilterRun.Run(compilation, adrs, rootNamespace, root, everyNameBound: false);
        var everyNameBound = FilterRun.Run(compilation, adrs, rootNamespace, root, everyNameBound: true);
        output.WriteLine($"{subject}: {filtered.Lines.Count} diagnostics with the name filter, {everyNameBound.Lines.Count} with every name bound");
        return (filtered.Lines.Count, FilterDiff.Explain(subject, filtered, everyNameBound));
    }
}
