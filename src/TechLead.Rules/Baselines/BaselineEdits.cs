using System;
using System.Collections.Generic;
using System.Linq;

namespace TechLead.Rules.Baselines;

/// <summary>
/// How the baseline's entries change (docs/adr-format.md#baseline, rules/0010): <c>techlead baseline create</c>
/// freezes counts, <c>baseline update</c> only shrinks, and the "Add to baseline" code fix raises a key's count by the
/// number of violations it adds. The file is then written by <see cref="BaselineWriter"/>.
/// </summary>
public static class BaselineEdits
{
    /// <summary>One entry per key, with the number of violations found as its count.</summary>
    public static List<BaselineEntry> Freeze(IEnumerable<KeyValuePair<BaselineKey, int>> counts)
    {
        if (counts is null)
        {
            throw new ArgumentNullException(nameof(counts));
        }

        return [.. counts.Where(c => c.Value > 0).Select(c => new BaselineEntry(c.Key.Adr, c.Key.Rule, c.Key.From, c.Key.To, c.Value))];
    }

    /// <summary>
    /// The ratchet's update: an entry whose key has no violations left is dropped, one with fewer than its count is
    /// lowered to what remains, the others are kept as they are; nothing is added or raised. Changes are listed in the
    /// entries' order.
    /// </summary>
    public static BaselineShrink Shrink(IEnumerable<BaselineEntry> entries, IReadOnlyDictionary<BaselineKey, int> remaining)
    {
        if (entries is null || remaining is null)
        {
            throw new ArgumentNullException(entries is null ? nameof(entries) : nameof(remaining));
        }

        var kept = new List<BaselineEntry>();
        var changes = new List<BaselineChange>();
        foreach (var entry in entries)
        {
            remaining.TryGetValue(entry.Key, out var left);
            if (left < entry.Count)
            {
                changes.Add(new BaselineChange(entry, left));
            }

            if (left > 0)
            {
                kept.Add(left < entry.Count ? entry with { Count = left } : entry);
            }
        }

        return new BaselineShrink(kept, changes);
    }

    /// <summary>
    /// The code fix's addition: each added key's entry gets its count raised by how often the key was added, or is
    /// created with that count. An expired entry is left as it is: its date was somebody's decision.
    /// </summary>
    public static List<BaselineEntry> Raise(IEnumerable<BaselineEntry> entries, IEnumerable<BaselineKey> added, string today)
    {
        if (entries is null || added is null)
        {
            throw new ArgumentNullException(entries is null ? nameof(entries) : nameof(added));
        }

        var merged = new List<BaselineEntry>(entries);
        foreach (var group in added.GroupBy(k => k))
        {
            var index = merged.FindIndex(e => e.Key == group.Key);
            if (index < 0)
            {
                merged.Add(new BaselineEntry(group.Key.Adr, group.Key.Rule, group.Key.From, group.Key.To, group.Count()));
            }
            else if (!merged[index].IsExpired(today))
            {
                merged[index] = merged[index] with { Count = merged[index].Count + group.Count() };
            }
        }

        return merged;
    }
}
