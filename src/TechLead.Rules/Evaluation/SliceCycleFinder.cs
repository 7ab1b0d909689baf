using System;
using System.Collections.Generic;
using TechLead.Rules.Model;

namespace TechLead.Rules.Evaluation;

/// <summary>
/// Collects slice-to-slice edges for an <c>acyclic</c> rule and finds the edges that close cycles.
/// Deterministic: slices are visited in ordinal order and each slice pair keeps the reference the
/// caller ranks first, so the same code always reports the same reference.
/// Plain dictionaries of classes, sorted once when the cycles are found: a sorted dictionary over a struct edge was
/// JIT-compiled (about 60 methods) in every cold compiler with an acyclic rule (rules/0061).
/// </summary>
/// <typeparam name="TReference">What the engine wants back for a closing edge (a location, a type pair).</typeparam>
public sealed class SliceCycleFinder<TReference>(AcyclicRule rule, IComparer<TReference> order)
{
    private readonly Dictionary<string, Dictionary<string, Edge>> edges = new(StringComparer.Ordinal);

    public AcyclicRule Rule { get; } = rule;

    /// <summary>Records a reference between two types given by full name; ignores types outside slices and same-slice references.</summary>
    public void Add(string fromFullName, string toFullName, TReference reference)
    {
        if (!Rule.Slices.TryMatchSlice(fromFullName, out var fromSlice)
            || !Rule.Slices.TryMatchSlice(toFullName, out var toSlice)
            || string.Equals(fromSlice, toSlice, StringComparison.Ordinal))
        {
            return;
        }

        if (!edges.TryGetValue(fromSlice, out var targets))
        {
            targets = new Dictionary<string, Edge>(StringComparer.Ordinal);
            edges.Add(fromSlice, targets);
        }

        if (!targets.TryGetValue(toSlice, out var existing) || order.Compare(reference, existing.Reference) < 0)
        {
            targets[toSlice] = new Edge(fromFullName, toFullName, reference);
        }
    }

    /// <summary>Each edge that closes a cycle in a depth-first walk, with the message naming the cycle.</summary>
    public IReadOnlyList<(TReference Reference, string Message)> FindCycles()
    {
        var found = new List<(TReference, string)>();
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var path = new List<string>();
        foreach (var slice in Sorted(edges.Keys, edges.Count))
        {
            if (!state.ContainsKey(slice))
            {
                Visit(slice);
            }
        }

        return found;

        void Visit(string slice)
        {
            state[slice] = 1;
            path.Add(slice);
            if (edges.TryGetValue(slice, out var targets))
            {
                foreach (var target in Sorted(targets.Keys, targets.Count))
                {
                    state.TryGetValue(target, out var targetState);
                    if (targetState == 1)
                    {
                        var cycle = new List<string>(path.GetRange(path.IndexOf(target), path.Count - path.IndexOf(target))) { target };
                        var edge = targets[target];
                        found.Add((edge.Reference, ViolationMessages.Cycle(Rule, edge.From, edge.To, string.Join(" -> ", cycle))));
                    }
                    else if (targetState == 0)
                    {
                        Visit(target);
                    }
                }
            }

            path.RemoveAt(path.Count - 1);
            state[slice] = 2;
        }
    }

    /// <summary>Slices in ordinal order, so the walk (and which edge closes a cycle) does not depend on insertion order.</summary>
    private static string[] Sorted(ICollection<string> slices, int count)
    {
        var sorted = new string[count];
        slices.CopyTo(sorted, 0);
        Array.Sort(sorted, StringComparer.Ordinal);
        return sorted;
    }

    /// <summary>A class, not a struct: see the type's summary.</summary>
    private sealed class Edge(string from, string to, TReference reference)
    {
        public string From { get; } = from;

        public string To { get; } = to;

        public TReference Reference { get; } = reference;
    }
}
