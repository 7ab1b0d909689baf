using System.Collections.Concurrent;
using System.Collections.Generic;

namespace TechLead.Analyzers.Analysis;

/// <summary>
/// The caches the analyzer keeps for one compilation (one keystroke in the IDE). Each key is written once and read
/// many times, so one write lock is enough (reads take none); with one lock the table grows when its count passes
/// its size, whereas with a lock per core it grows when one lock's share does, which depends on the keys' hash codes
/// (a symbol's is its identity): then the same edit allocated a different amount each time (the IDE probe of
/// benchmarks/TechLead.Benchmarks).
/// </summary>
internal static class PerCompilation
{
    public static ConcurrentDictionary<TKey, TValue> Cache<TKey, TValue>(IEqualityComparer<TKey> comparer, int capacity = 31)
        where TKey : notnull =>
        new(concurrencyLevel: 1, capacity, comparer);
}
