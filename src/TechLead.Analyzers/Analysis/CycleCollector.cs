using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using TechLead.Rules.Evaluation;
using TechLead.Rules.Model;

namespace TechLead.Analyzers.Analysis;

/// <summary>Collects slice edges of one acyclic rule from concurrent callbacks; cycles are found at compilation end.</summary>
internal sealed class CycleCollector(AcyclicRule rule)
{
    private readonly object gate = new();
    private readonly SliceCycleFinder<CycleReference> finder = new(rule, CycleReferenceOrder.Instance);
    private readonly ConcurrentDictionary<string, string?> slices = PerCompilation.Cache<string, string?>(StringComparer.Ordinal);
    private readonly Func<string, string?> sliceFactory = fullName => rule.Slices.TryMatchSlice(fullName, out var slice) ? slice : null;

    public AcyclicRule Rule { get; } = rule;

    public bool Covers(string fullName) => SliceOf(fullName) is not null;

    /// <summary>
    /// True when both types are in slices and the slices differ: only such a reference is an edge, so the others need
    /// no <see cref="CycleReference"/> and no lock. Slices are cached per full name (every reference asks again).
    /// </summary>
    public bool IsEdge(string fromFullName, string toFullName) =>
        SliceOf(fromFullName) is { } from && SliceOf(toFullName) is { } to && !string.Equals(from, to, StringComparison.Ordinal);

    public void Add(string fromFullName, string toFullName, CycleReference reference)
    {
        lock (gate)
        {
            finder.Add(fromFullName, toFullName, reference);
        }
    }

    private string? SliceOf(string fullName) => slices.GetOrAdd(fullName, sliceFactory);

    public IReadOnlyList<(CycleReference Reference, string Message)> FindCycles()
    {
        lock (gate)
        {
            return finder.FindCycles();
        }
    }

    /// <summary>Earliest reference in the source wins, so a cycle is always reported at the same place.</summary>
    private sealed class CycleReferenceOrder : IComparer<CycleReference>
    {
        public static readonly CycleReferenceOrder Instance = new();

        public int Compare(CycleReference? x, CycleReference? y)
        {
            if (x is null || y is null)
            {
                return x is null ? (y is null ? 0 : -1) : 1;
            }

            var byPath = string.CompareOrdinal(x.Location.SourceTree?.FilePath, y.Location.SourceTree?.FilePath);
            return byPath != 0 ? byPath : x.Location.SourceSpan.Start.CompareTo(y.Location.SourceSpan.Start);
        }
    }
}

/// <summary>A reference that may close a cycle: where it is and the two types (for baseline keys).</summary>
internal sealed record CycleReference(Location Location, string FromId, string ToId);
