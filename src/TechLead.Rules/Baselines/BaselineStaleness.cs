using System;
using System.Collections.Generic;
using TechLead.Rules.Model;

namespace TechLead.Rules.Baselines;

/// <summary>
/// Stale baseline entries (TL9004, docs/adr-format.md#baseline): an entry whose violations are gone, or whose count is
/// higher than what remains. Engines that count violations (the analyzer, <c>techlead check</c>) use <see cref="Find"/>;
/// the fitness tests, which see compiled code and cannot count references, use <see cref="FindUnmatched"/> (rules/0010).
/// </summary>
public static class BaselineStaleness
{
    /// <summary>
    /// Entries with fewer violations in <paramref name="remaining"/> than their count (a key that is absent has none),
    /// among those <paramref name="judgedHere"/> accepts (all when null: an engine that sees only part of the code
    /// leaves the other entries to the engines that see theirs).
    /// </summary>
    public static IReadOnlyList<AdrDiagnostic> Find(Baseline baseline, IReadOnlyDictionary<BaselineKey, int> remaining, RuleSeverity severity, Func<BaselineEntry, bool>? judgedHere = null)
    {
        if (baseline is null || remaining is null)
        {
            throw new ArgumentNullException(baseline is null ? nameof(baseline) : nameof(remaining));
        }

        var stale = new List<AdrDiagnostic>();
        foreach (var entry in baseline.Entries)
        {
            if (judgedHere is not null && !judgedHere(entry))
            {
                continue;
            }

            remaining.TryGetValue(entry.Key, out var actual);
            if (actual < entry.Count)
            {
                stale.Add(Diagnostic(baseline, entry, actual, severity));
            }
        }

        return stale;
    }

    /// <summary>
    /// Entries <paramref name="judgedHere"/> accepts whose key is not in <paramref name="matched"/>: nothing matches them
    /// any more. For engines that know which keys still have violations but not how many.
    /// </summary>
    public static IReadOnlyList<AdrDiagnostic> FindUnmatched(Baseline baseline, ICollection<BaselineKey> matched, RuleSeverity severity, Func<BaselineEntry, bool> judgedHere)
    {
        if (baseline is null || matched is null || judgedHere is null)
        {
            throw new ArgumentNullException(baseline is null ? nameof(baseline) : matched is null ? nameof(matched) : nameof(judgedHere));
        }

        var stale = new List<AdrDiagnostic>();
        foreach (var entry in baseline.Entries)
        {
            if (judgedHere(entry) && !matched.Contains(entry.Key))
            {
                stale.Add(Diagnostic(baseline, entry, 0, severity));
            }
        }

        return stale;
    }

    private static AdrDiagnostic Diagnostic(Baseline baseline, BaselineEntry entry, int actual, RuleSeverity severity)
    {
        var what = actual == 0 ? "no longer matches any violation" : $"now matches {actual} violation(s), fewer than its count";

        // A type-level rule (naming, sealed, ...) has no 'to': the entry names one type, with no arrow to nothing.
        var subject = entry.To.Length == 0 ? $"'{entry.From}'" : $"'{entry.From}' -> '{entry.To}'";
        return new AdrDiagnostic(
            DiagnosticIds.StaleBaselineEntry,
            $"baseline entry {entry.Adr}/{entry.Rule} {subject} (count {entry.Count}) {what}: remove it or run 'techlead baseline update'",
            baseline.Path,
            entry.Span,
            severity);
    }
}
