using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace TechLead.Rules.Baselines;

/// <summary>
/// The baseline's ratchet (docs/adr-format.md#baseline, rules/0010): an unexpired entry hides at most <c>count</c> violations
/// of its key. Every engine orders a key's violations deterministically (source order where it has source) and
/// hands them to <see cref="Apply{T}"/>, so the analyzer, the CLI and the fitness tests hide and report the same ones.
/// </summary>
public static class BaselineRatchet
{
    /// <summary>
    /// The verdict for <paramref name="found"/> violations of one key: hide the first <c>min(count, found)</c>;
    /// when more were found than the entry allows, the others are reported with
    /// <c>; baseline allows {count} of {found} found</c>. No entry or an expired one hides nothing.
    /// </summary>
    public static BaselineVerdict Judge(BaselineEntry? entry, int found, string today)
    {
        if (entry is null || entry.IsExpired(today) || found <= 0)
        {
            return BaselineVerdict.NotBaselined;
        }

        if (found <= entry.Count)
        {
            return new BaselineVerdict(found, string.Empty);
        }

        var suffix = string.Format(CultureInfo.InvariantCulture, "; baseline allows {0} of {1} found", entry.Count, found);
        return new BaselineVerdict(entry.Count, suffix);
    }

    /// <summary>
    /// The baseline applied to every violation: grouped by key, each key judged once (<see cref="Judge"/>) on its
    /// violations in the order given (<paramref name="inSourceOrder"/>: the caller's deterministic order). The result
    /// lists the keys in ordinal order (adr, rule, from, to), each key's violations in the given order, then the
    /// violations without a key (<paramref name="keyOf"/> returned null), which the baseline never hides.
    /// </summary>
    public static IReadOnlyList<BaselineOutcome<T>> Apply<T>(Baseline baseline, IEnumerable<T> inSourceOrder, Func<T, BaselineKey?> keyOf, string today)
    {
        if (baseline is null || inSourceOrder is null || keyOf is null)
        {
            throw new ArgumentNullException(baseline is null ? nameof(baseline) : inSourceOrder is null ? nameof(inSourceOrder) : nameof(keyOf));
        }

        var byKey = new Dictionary<BaselineKey, List<T>>();
        var keyless = new List<T>();
        foreach (var violation in inSourceOrder)
        {
            if (keyOf(violation) is not { } key)
            {
                keyless.Add(violation);
            }
            else if (byKey.TryGetValue(key, out var list))
            {
                list.Add(violation);
            }
            else
            {
                byKey.Add(key, [violation]);
            }
        }

        var outcomes = new List<BaselineOutcome<T>>();
        foreach (var group in byKey.OrderBy(g => g.Key, BaselineKeyOrder.Instance))
        {
            var verdict = baseline.Judge(group.Key, group.Value.Count, today);
            for (var index = 0; index < group.Value.Count; index++)
            {
                var hidden = verdict.Hides(index);
                outcomes.Add(new BaselineOutcome<T>(group.Value[index], group.Key, hidden, hidden ? string.Empty : verdict.MessageSuffix));
            }
        }

        outcomes.AddRange(keyless.Select(v => new BaselineOutcome<T>(v, null, Hidden: false, string.Empty)));
        return outcomes;
    }

    /// <summary>
    /// For an engine that reports the violating type but not what it depends on (NetArchTest): a violation is hidden
    /// when any unexpired entry has its adr, rule and from (<paramref name="keyOf"/>'s <c>to</c> is ignored), and every
    /// entry with those counts as matched, for staleness. Such an engine reports one violation per type, so there is no
    /// count to exceed (rules/0010).
    /// </summary>
    public static (IReadOnlyList<BaselineOutcome<T>> Outcomes, IReadOnlyList<BaselineKey> Matched) ApplyWithoutTarget<T>(Baseline baseline, IEnumerable<T> violations, Func<T, BaselineKey> keyOf, string today)
    {
        if (baseline is null || violations is null || keyOf is null)
        {
            throw new ArgumentNullException(baseline is null ? nameof(baseline) : violations is null ? nameof(violations) : nameof(keyOf));
        }

        var outcomes = new List<BaselineOutcome<T>>();
        var matched = new List<BaselineKey>();
        foreach (var violation in violations)
        {
            var key = keyOf(violation);
            var entries = baseline.Entries.Where(e => e.Adr == key.Adr && e.Rule == key.Rule && e.From == key.From).ToList();
            matched.AddRange(entries.Select(e => e.Key).Where(k => !matched.Contains(k)));
            outcomes.Add(new BaselineOutcome<T>(violation, key, entries.Any(e => !e.IsExpired(today)), string.Empty));
        }

        return (outcomes, matched);
    }

    /// <summary>Violations per key (hidden ones included): what a new baseline freezes and what staleness compares against.</summary>
    public static Dictionary<BaselineKey, int> CountByKey<T>(IEnumerable<T> violations, Func<T, BaselineKey?> keyOf)
    {
        if (violations is null || keyOf is null)
        {
            throw new ArgumentNullException(violations is null ? nameof(violations) : nameof(keyOf));
        }

        var counts = new Dictionary<BaselineKey, int>();
        foreach (var violation in violations)
        {
            if (keyOf(violation) is { } key)
            {
                counts[key] = counts.TryGetValue(key, out var count) ? count + 1 : 1;
            }
        }

        return counts;
    }
}
