using System;
using System.Collections.Generic;

namespace TechLead.Analyzers.Analysis;

/// <summary>
/// Rules (type rules, bans, vocabularies, dependency constraints) indexed by the namespace prefixes their selector requires (<c>Shop.Domain.</c> for <c>Shop.Domain.**</c>), so
/// finding the rules that may select a type costs one lookup per segment of its full name, not one match per rule:
/// a thousand rules over other namespaces cost a type nothing. Candidates come back in the rules' own order.
/// </summary>
internal sealed class PrefixIndex<T>
    where T : class
{
    private readonly Dictionary<string, List<int>> byPrefix = new(StringComparer.Ordinal);
    private readonly List<int> unprefixed = [];
    private readonly List<T> items = [];

    /// <param name="rules">The rules, in order.</param>
    /// <param name="prefixesOf">The prefixes a type must have for the rule to select it; none means any type may match.</param>
    public PrefixIndex(IEnumerable<T> rules, Func<T, IReadOnlyList<string>> prefixesOf)
    {
        foreach (var rule in rules)
        {
            var index = items.Count;
            items.Add(rule);
            var prefixes = prefixesOf(rule);
            if (prefixes.Count == 0)
            {
                unprefixed.Add(index);
                continue;
            }

            foreach (var prefix in prefixes)
            {
                // Whole segments with their trailing dot ("Shop.Domain."): a prefix is written with or without it.
                var key = prefix.EndsWith(".", StringComparison.Ordinal) ? prefix : prefix + ".";
                if (!byPrefix.TryGetValue(key, out var list))
                {
                    list = [];
                    byPrefix.Add(key, list);
                }

                if (list.Count == 0 || list[list.Count - 1] != index)
                {
                    list.Add(index);
                }
            }
        }
    }

    public int Count => items.Count;

    /// <summary>Every rule, in order: a handful is cheaper to match one by one than to look up (no allocation).</summary>
    public IReadOnlyList<T> All => items;

    public bool IsEmpty => items.Count == 0;

    /// <summary>The rules that may select a type of this full name (each once, in rule order); the caller still matches them.</summary>
    public List<T> Candidates(string fullName)
    {
        var found = new List<int>(unprefixed);
        if (byPrefix.Count > 0)
        {
            // "Shop.Domain.Order" is looked up as "Shop.", "Shop.Domain." and "Shop.Domain.Order." (an exact glob).
            for (var dot = fullName.IndexOf('.'); ; dot = fullName.IndexOf('.', dot + 1))
            {
                var key = dot < 0 ? fullName + "." : fullName.Substring(0, dot + 1);
                if (byPrefix.TryGetValue(key, out var list))
                {
                    found.AddRange(list);
                }

                if (dot < 0)
                {
                    break;
                }
            }
        }

        found.Sort();
        var result = new List<T>(found.Count);
        for (var i = 0; i < found.Count; i++)
        {
            if (i == 0 || found[i] != found[i - 1])
            {
                result.Add(items[found[i]]);
            }
        }

        return result;
    }
}
