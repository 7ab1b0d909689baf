using System;
using System.Collections.Generic;
using System.Linq;

namespace TechLead.Cli.Checking;

/// <summary>
/// Which namespaces reference which others, with how many references: the namespaces of hand-written types, the
/// external namespaces a rule names, and those <see cref="Reveal"/>ed (an external namespace a violation points to).
/// References into a namespace that holds only generated types are kept out, and so is the global namespace. Filled concurrently by <see cref="NamespaceGraphListener"/>, read once it is complete.
/// </summary>
internal sealed class NamespaceGraph
{
    private readonly object gate = new();
    private readonly HashSet<string> own = new(StringComparer.Ordinal);
    private readonly HashSet<string> external = new(StringComparer.Ordinal);
    private readonly HashSet<string> shown = new(StringComparer.Ordinal);
    private readonly Dictionary<(string From, string To), int> references = [];
    private readonly Dictionary<string, string> namespaceById = new(StringComparer.Ordinal);

    /// <summary>Own namespaces, then the external ones the rules name, each in ordinal order.</summary>
    public IReadOnlyList<string> Namespaces
    {
        get
        {
            lock (gate)
            {
                return [.. own.Order(StringComparer.Ordinal), .. shown.Except(own).Order(StringComparer.Ordinal)];
            }
        }
    }

    /// <summary>Edges between shown namespaces, sorted by source then target.</summary>
    public IEnumerable<(string From, string To, int Count)> Edges
    {
        get
        {
            lock (gate)
            {
                return references
                    .Where(r => own.Contains(r.Key.From) && (own.Contains(r.Key.To) || shown.Contains(r.Key.To)))
                    .Select(r => (r.Key.From, r.Key.To, r.Value))
                    .OrderBy(e => e.From, StringComparer.Ordinal)
                    .ThenBy(e => e.To, StringComparer.Ordinal)
                    .ToList();
            }
        }
    }

    /// <summary>True for a namespace no hand-written type of the solution is in (shown because a rule names it or a violation points to it).</summary>
    public bool IsExternal(string ns)
    {
        lock (gate)
        {
            return external.Contains(ns) && !own.Contains(ns);
        }
    }

    /// <summary>Shows an external namespace the code references (one a violation points to) although no rule names it.</summary>
    public void Reveal(string ns)
    {
        lock (gate)
        {
            if (external.Contains(ns))
            {
                shown.Add(ns);
            }
        }
    }

    /// <summary>A namespace with a hand-written type.</summary>
    public void AddNamespace(string name)
    {
        lock (gate)
        {
            own.Add(name);
        }
    }

    /// <summary>
    /// One reference from hand-written code to a type: of the solution (<paramref name="toExternal"/> false; shown when
    /// its namespace has hand-written types) or external (shown when <paramref name="named"/> by a rule, or revealed).
    /// The ids are the types' as violations name them.
    /// </summary>
    public void AddReference(string from, string fromId, string to, string toId, bool toExternal, bool named)
    {
        lock (gate)
        {
            own.Add(from);
            if (toExternal)
            {
                external.Add(to);
                if (named)
                {
                    shown.Add(to);
                }
            }

            namespaceById.TryAdd(fromId, from);
            namespaceById.TryAdd(toId, to);
            if (from != to)
            {
                references[(from, to)] = references.TryGetValue((from, to), out var count) ? count + 1 : 1;
            }
        }
    }

    /// <summary>The namespace of a type the graph saw, by its doc-comment id (<c>T:Shop.Domain.Order</c>).</summary>
    public string? NamespaceOf(string typeId)
    {
        lock (gate)
        {
            return namespaceById.TryGetValue(typeId, out var ns) ? ns : null;
        }
    }
}
