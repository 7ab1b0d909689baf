using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using TechLead.Analyzers;

namespace TechLead.Benchmarks.Analyzer;

/// <summary>
/// The IDE case: one document of a 2,010-file compilation was edited; the analyzer runs for that document only
/// (<see cref="CompilationWithAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(SemanticModel, TextSpan?, CancellationToken)"/>), with
/// the rule sets of <see cref="OneDocumentRules"/>. Every operation edits the
/// document again (a new compilation, as after a keystroke; ADR texts unchanged, as in an editor session), so binding
/// and the analyzer's per-compilation set-up are paid each time. <see cref="EmptyAnalyzer"/> is the same call with an
/// analyzer that asks for the same operations and does nothing: TechLead's own cost is the difference. In-process: the
/// 2,010-file set-up is built once, not per launched process.
/// </summary>
[MemoryDiagnoser]
[InProcess]
[WarmupCount(6)]
[IterationCount(15)]
public class OneDocumentBenchmarks
{
    /// <summary>67 modules × 30 files.</summary>
    private const int Modules = 67;

    private static readonly ImmutableArray<DiagnosticAnalyzer> TechLead = [new TechLeadAnalyzer()];
    private static readonly ImmutableArray<DiagnosticAnalyzer> Empty = [new OperationsOnlyAnalyzer()];

    private CSharpCompilation compilation = null!;
    private SyntaxTree document = null!;
    private AnalyzerOptions options = null!;
    private int edit;

    [ParamsAllValues]
    public OneDocumentRules Rules { get; set; }

    /// <summary>How many rules <see cref="Rules"/> stands for.</summary>
    public int RuleCount => Rules == OneDocumentRules.Thousand ? 1000 : 20;

    [GlobalSetup]
    public void Setup()
    {
        compilation = GeneratedCompilation.Create(Modules);
        // Entity 5 of a middle module reads the local clock: one TL0101 in the document.
        document = compilation.SyntaxTrees.Single(t => t.FilePath.EndsWith("/Sales33/Domain/Order5.cs", StringComparison.Ordinal));
        var files = new List<(string Path, string Text)> { ("/repo/docs/adr/0000-sales-modules.md", GeneratedCompilation.GoverningAdr(membersRules: Rules != OneDocumentRules.Twenty)) };
        for (var adr = 1; adr < RuleCount / 20; adr++)
        {
            files.Add(($"/repo/docs/adr/{adr:D4}-module-rules.md", ModuleAdr(adr)));
        }

        options = AdrAdditionalFiles.Options(AdrAdditionalFiles.Stable(files));
        var found = RunAsync(TechLead).GetAwaiter().GetResult();
        var ids = found.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count());
        Console.WriteLine($"// TechLead diagnostics in the document ({Rules.Describe()}): " + string.Join(", ", ids.OrderBy(p => p.Key).Select(p => $"{p.Key}={p.Value}")));
        if (!ids.ContainsKey("TL0101") || ids.ContainsKey("AD0001") || ids.Keys.Any(id => id.StartsWith("TL9", StringComparison.Ordinal)))
        {
            throw new InvalidOperationException("unexpected analyzer result: " + string.Join(" | ", found.Select(d => d.ToString())));
        }
    }

    /// <summary>The driver, binding and operation trees of the document, with no analyzer work: the baseline.</summary>
    [Benchmark(Baseline = true)]
    public Task<ImmutableArray<Diagnostic>> EmptyAnalyzer() => RunAsync(Empty);

    /// <summary>The same with TechLead.</summary>
    [Benchmark]
    public Task<ImmutableArray<Diagnostic>> TechLeadAnalyzer() => RunAsync(TechLead);

    private Task<ImmutableArray<Diagnostic>> RunAsync(ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        // A keystroke: the document's text changes, every other tree and the ADR texts stay as they were.
        var edited = document.WithChangedText(document.GetText().WithChanges(new TextChange(new TextSpan(0, 0), "// edit " + (edit++).ToString(CultureInfo.InvariantCulture) + "\n")));
        var withAnalyzers = compilation.ReplaceSyntaxTree(document, edited)
            .WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
        return withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(withAnalyzers.Compilation.GetSemanticModel(edited), filterSpan: null, CancellationToken.None);
    }

    /// <summary>20 rules over the generated modules, none broken by the generated code: work to match, nothing to report.</summary>
    private static string ModuleAdr(int adr)
    {
        var rules = new StringBuilder();
        for (var r = 0; r < 20; r++)
        {
            var m = ((adr * 20) + r) % Modules;
            var id = r.ToString("D2", CultureInfo.InvariantCulture);
            rules.Append((r % 5) switch
            {
                0 => $"  - {{ id: r{id}-domain-no-api, kind: forbid, from: 'Shop.Sales{m}.Domain.**', to: 'Shop.Sales{m}.Api.**' }}\n",
                1 => $"  - {{ id: r{id}-app-no-api, kind: forbid, from: 'Shop.Sales{m}.Application.**', to: ['Shop.Sales{m}.Api.**', {{ namespace: 'Microsoft.EntityFrameworkCore.**' }}] }}\n",
                2 => $"  - {{ id: r{id}-repository-names, kind: naming, types: 'Shop.Sales{m}.Infrastructure.*', pattern: '^[A-Z][A-Za-z0-9]*Repository[0-9]*$' }}\n",
                3 => $"  - {{ id: r{id}-no-gc, kind: banned-api, in: 'Shop.Sales{m}.**', apis: [{{ symbol: 'M:System.GC.Collect' }}] }}\n",
                _ => $"  - {{ id: r{id}-words, kind: vocabulary, in: 'Shop.Sales{m}.**', terms: [{{ use: Invoice, instead-of: [Bill] }}] }}\n",
            });
        }

        return $"---\nid: ADR-{adr:D4}\ntitle: Module rules {adr}\nstatus: accepted\nrules:\n{rules}---\n# Module rules {adr}\n";
    }

    /// <summary>Registers what makes the driver build the document's operation trees, and does nothing with them.</summary>
#pragma warning disable RS1001, RS1036, RS1041, RS2008 // an in-process benchmark baseline, never shipped or loaded by a compiler
    private sealed class OperationsOnlyAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Never = new("BENCH0001", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Never];

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterOperationAction(static _ => { }, OperationKind.Invocation, OperationKind.PropertyReference, OperationKind.ObjectCreation);
        }
    }
#pragma warning restore RS1001, RS1036, RS1041, RS2008
}
