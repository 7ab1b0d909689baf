using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using TechLead.Analyzers;

namespace TechLead.Benchmarks.Analyzer;

/// <summary>
/// The analyzer on a 300-type compilation with 1, 10 or 100 ADRs of 20 rules each: one ADR governs the
/// compilation, the others are about unrelated namespaces (as in a large repository with many teams).
/// Each operation binds a fresh clone of the compilation, so every method pays full semantic analysis;
/// <see cref="CompilerOnly"/> is that cost without the analyzer, the baseline of the ratio column.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 9)]
public class AnalyzerBenchmarks
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = [new TechLeadAnalyzer()];

    private CSharpCompilation compilation = null!;
    private AnalyzerOptions cold = null!;
    private AnalyzerOptions warm = null!;

    [Params(1, 10, 100)]
    public int AdrCount { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        compilation = GeneratedCompilation.Create();
        var files = new List<(string Path, string Text)> { ("/repo/docs/adr/0000-sales-modules.md", GeneratedCompilation.GoverningAdr(membersRules: true)) };

        // AdrCorpus's ADR-0001.. are about Shop.M1.., namespaces this compilation does not have.
        files.AddRange(AdrCorpus.Generate(AdrCount, rulesPerAdr: 20).Skip(1).Select(f => ("/repo/" + f.Path, f.Text)));
        cold = AdrAdditionalFiles.Options(AdrAdditionalFiles.Fresh(files));
        warm = AdrAdditionalFiles.Options(AdrAdditionalFiles.Stable(files));
        var problems = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (problems.Count > 0)
        {
            throw new System.InvalidOperationException("the generated compilation does not compile: " + problems[0]);
        }

        // Measure a working analyzer: the planted violations are found and nothing throws.
        var found = compilation.WithAnalyzers(Analyzers, new CompilationWithAnalyzersOptions(cold, null, concurrentAnalysis: false, logAnalyzerExecutionTime: false))
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
        var ids = found.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count());
        System.Console.WriteLine("// TechLead diagnostics: " + string.Join(", ", ids.OrderBy(p => p.Key).Select(p => $"{p.Key}={p.Value}")));
        if (!ids.ContainsKey("TL0001") || !ids.ContainsKey("TL0002") || !ids.ContainsKey("TL0101") || !ids.ContainsKey("TL0206") || ids.ContainsKey("AD0001") || ids.Keys.Any(id => id.StartsWith("TL9", System.StringComparison.Ordinal)))
        {
            throw new System.InvalidOperationException("unexpected analyzer result: " + string.Join(" | ", found.Select(d => d.ToString())));
        }
    }

    /// <summary>Compiler diagnostics only: binding every method body, what a build's analysis phase costs anyway.</summary>
    [Benchmark(Baseline = true)]
    public int CompilerOnly() => compilation.Clone().GetDiagnostics().Length;

    /// <summary>Compiler plus TechLead, every ADR parsed again (a build, or the first analysis in an IDE session).</summary>
    [Benchmark]
    public Task<int> WithAnalyzerColdAdrs() => RunAsync(cold);

    /// <summary>Compiler plus TechLead with unchanged ADR texts: the parse cache hits (the IDE after a keystroke).</summary>
    [Benchmark]
    public Task<int> WithAnalyzerWarmAdrs() => RunAsync(warm);

    private async Task<int> RunAsync(AnalyzerOptions options)
    {
        // concurrentAnalysis: false measures CPU cost on one thread, steadier on a shared 2-core machine.
        var withAnalyzers = compilation.Clone().WithAnalyzers(Analyzers, new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
        var diagnostics = await withAnalyzers.GetAllDiagnosticsAsync(CancellationToken.None).ConfigureAwait(false);
        return diagnostics.Length;
    }
}
