using System;
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

    public AcyclicRule Rule { get; } = rule;

    public bool Covers(string fullName) => Rule.Slices.TryMatchSlice(fullName, out _);

    public void Add(string fromFullName, string toFullName, CycleReference reference)
    {
        lock (gate)
        {
            finder.Add(fromFullName, toFullName, reference);
        }
    }

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
