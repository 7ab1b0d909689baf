using System;
using System.Collections.Generic;
using System.Linq;

namespace TechLead.Cli.Checking;

/// <summary>Which of the solution's namespaces reference which others, with how many references.</summary>
internal sealed class NamespaceGraph
{
    private readonly SortedDictionary<(string From, string To), int> edges = new(Comparer<(string, string)>.Create((a, b) =>
    {
        var byFrom = string.CompareOrdinal(a.Item1, b.Item1);
        return byFrom != 0 ? byFrom : string.CompareOrdinal(a.Item2, b.Item2);
    }));

    private readonly SortedSet<string> namespaces = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Namespaces => namespaces;

    public IEnumerable<(string From, string To, int Count)> Edges => edges.Select(e => (e.Key.From, e.Key.To, e.Value));

    public void AddNamespace(string name) => namespaces.Add(name);

    public void AddReference(string from, string to)
    {
        namespaces.Add(from);
        namespaces.Add(to);
        if (from != to)
        {
            edges[(from, to)] = edges.TryGetValue((from, to), out var count) ? count + 1 : 1;
        }
    }
}
