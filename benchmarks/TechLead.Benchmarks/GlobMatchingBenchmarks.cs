using BenchmarkDotNet.Attributes;
using TechLead.Rules.Selectors;

namespace TechLead.Benchmarks;

/// <summary>Selector matching is on the analyzer's hot path: it must not allocate.</summary>
[MemoryDiagnoser]
public class GlobMatchingBenchmarks
{
    private readonly GlobPattern deep = GlobPattern.Parse("Shop.**.Infrastructure.*Repository");
    private readonly GlobPattern prefix = GlobPattern.Parse("Shop.Domain.**");
    private readonly VocabularyMatcher vocabulary = new([new Rules.Model.VocabularyTerm("Customer", ["Client", "Buyer"])]);

    [Benchmark]
    public bool PrefixGlob() => prefix.IsMatch("Shop.Domain.Ordering.Events.OrderPlaced");

    [Benchmark]
    public bool DeepGlobMiss() => deep.IsMatch("Shop.Modules.Ordering.Application.Handlers.PlaceOrderHandler");

    [Benchmark]
    public bool VocabularyLookup() => vocabulary.TryFind("PlaceOrderForExistingCustomerHandler", out _, out _);
}
