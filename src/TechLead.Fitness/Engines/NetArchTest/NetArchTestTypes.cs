using System;
using System.Collections.Concurrent;
using System.Threading;
using NetArchTest.Rules;

namespace TechLead.Fitness.Engines.NetArchTest;

/// <summary>
/// NetArchTest's types of each assembly of a set, loaded once per set (<c>Types.FromFile</c> reads the whole assembly,
/// and every rule asked for it again). The Cecil objects behind them are not safe to read from two threads at once, so
/// a rule holds <see cref="LoadedTypes.Gate"/> while it queries them. Dropped with the set's other caches
/// (<see cref="EngineVerdict.Forget"/>) when a tool deletes its files.
/// </summary>
internal static class NetArchTestTypes
{
    private static readonly ConcurrentDictionary<string, ConcurrentDictionary<string, Lazy<LoadedTypes>>> Cache = new(StringComparer.Ordinal);

    public static LoadedTypes Of(AssemblySet assemblies, string path) =>
        Cache.GetOrAdd(assemblies.Key, _ => new ConcurrentDictionary<string, Lazy<LoadedTypes>>(StringComparer.Ordinal))
            .GetOrAdd(path, p => new Lazy<LoadedTypes>(() => new LoadedTypes(Types.FromFile(p)), LazyThreadSafetyMode.ExecutionAndPublication))
            .Value;

    /// <summary>Drops the types of a set whose files are about to go (infer's temporary assemblies).</summary>
    public static void Forget(AssemblySet assemblies) => Cache.TryRemove(assemblies.Key, out _);

    /// <summary>One assembly's types as NetArchTest selects from them, and the lock a rule holds while it does.</summary>
    internal sealed class LoadedTypes(Types types)
    {
        public Types Types { get; } = types;

        public object Gate { get; } = new();
    }
}
