using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using TechLead.Analyzers;

namespace TechLead.Benchmarks.Analyzer;

/// <summary>
/// Stopwatch duel (issue 10, first slice): the 300-file generated compilation with only member bans of
/// 15 symbols, TechLead (one banned-api ADR) against Microsoft's BannedApiAnalyzers (RS0030, the same
/// symbols in BannedSymbols.txt), each on one thread, best and median of N runs, plus the compiler alone.
/// Run: <c>dotnet run -c Release --project benchmarks/TechLead.Benchmarks -- banned-api-hot-path [runs]</c>.
/// </summary>
internal static class BannedApiHotPath
{
    private static readonly string[] Symbols =
    [
        "P:System.DateTime.Now", "P:System.DateTime.Today", "P:System.DateTimeOffset.Now",
        "M:System.Console.WriteLine(System.String)", "M:System.Threading.Thread.Sleep(System.Int32)", "M:System.GC.Collect",
        "M:System.Environment.Exit(System.Int32)", "M:System.IO.File.ReadAllText(System.String)",
        "M:System.IO.File.WriteAllText(System.String,System.String)", "M:System.Threading.Tasks.Task.Wait",
        "M:System.Guid.NewGuid", "M:System.Random.#ctor", "M:System.String.Format(System.String,System.Object)",
        "M:System.Diagnostics.Debug.Assert(System.Boolean)", "M:System.Environment.GetEnvironmentVariable(System.String)",
    ];

    public static void Run(int runs)
    {
        var compilation = GeneratedCompilation.Create();
        var adr = "---\nid: ADR-0000\ntitle: Banned APIs\nstatus: accepted\nrules:\n  - { id: banned, kind: banned-api, apis: ["
            + string.Join(", ", Symbols.Select(s => $"{{ symbol: '{s}' }}")) + "] }\n---\n# Banned APIs\n";
        var techLead = AdrAdditionalFiles.Options(AdrAdditionalFiles.Fresh([("/repo/docs/adr/0000-banned.md", adr)]));
        var microsoft = AdrAdditionalFiles.Options(AdrAdditionalFiles.Fresh([("/repo/BannedSymbols.txt", string.Join("\n", Symbols))]));
        var rs0030 = LoadBannedApiAnalyzers();

        var cases = new (string Name, Func<int> Run)[]
        {
            ("Compiler only", () => compilation.Clone().GetDiagnostics().Length),
            ("Compiler + BannedApiAnalyzers (RS0030)", () => RunWith(compilation, rs0030, microsoft)),
            ("Compiler + TechLead (TL0101)", () => RunWith(compilation, [new TechLeadAnalyzer()], techLead)),
        };
        foreach (var (name, run) in cases)
        {
            Console.WriteLine($"// {name}: {run()} diagnostics (warm-up)");
        }

        var times = cases.ToDictionary(c => c.Name, _ => new List<double>());
        for (var i = 0; i < runs; i++)
        {
            // Interleaved, so machine-load swings hit every case alike.
            foreach (var (name, run) in cases)
            {
                var watch = Stopwatch.StartNew();
                run();
                times[name].Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        var compilerOnly = Median(times["Compiler only"]);
        Console.WriteLine("| Case | Min ms | Median ms | Median − compiler ms |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var (name, list) in times)
        {
            Console.WriteLine($"| {name} | {list.Min():F0} | {Median(list):F0} | {Median(list) - compilerOnly:F0} |");
        }
    }

    private static int RunWith(CSharpCompilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, AnalyzerOptions options)
    {
        var withAnalyzers = compilation.Clone().WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
        var all = withAnalyzers.GetAllDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
        var analyzerDiagnostics = all.Where(d => d.Id is "RS0030" or "TL0101" || d.Id.StartsWith("AD", StringComparison.Ordinal) || d.Id.StartsWith("TL9", StringComparison.Ordinal)).ToList();
        if (analyzerDiagnostics.Count == 0 || analyzerDiagnostics.Any(d => d.Id.StartsWith("AD", StringComparison.Ordinal) || d.Id.StartsWith("TL9", StringComparison.Ordinal)))
        {
            throw new InvalidOperationException("unexpected analyzer result: " + string.Join(" | ", analyzerDiagnostics.Take(5)));
        }

        return analyzerDiagnostics.Count;
    }

    /// <summary>The version Directory.Packages.props pins (the one the conformance duel builds with), from the NuGet cache.</summary>
    private static ImmutableArray<DiagnosticAnalyzer> LoadBannedApiAnalyzers()
    {
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var directory = Path.Combine(packages, "microsoft.codeanalysis.bannedapianalyzers", "4.14.0", "analyzers", "dotnet", "cs");
        var assemblies = Directory.GetFiles(directory, "*.dll").Select(Assembly.LoadFrom).ToList();
        return [.. assemblies.SelectMany(a => a.GetTypes())
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t)
                && t.GetCustomAttributes<DiagnosticAnalyzerAttribute>().Any(a => a.Languages.Contains(LanguageNames.CSharp)))
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)];
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
