using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using TechLead.Rules;

namespace TechLead.Benchmarks;

/// <summary>Issue 2's bar: parsing 1,000 ADRs with 20 rules each takes well under a second.</summary>
[MemoryDiagnoser]
public class AdrParsingBenchmarks
{
    private List<AdrSourceFile> files = [];

    [Params(100, 1000)]
    public int AdrCount { get; set; }

    [GlobalSetup]
    public void Setup() => files = AdrCorpus.Generate(AdrCount, rulesPerAdr: 20);

    [Benchmark]
    public int ParseAndValidate() => AdrSet.Load(files).Rules.Count;
}
