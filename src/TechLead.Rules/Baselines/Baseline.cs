using System;
using System.Collections.Generic;
using TechLead.Rules.Model;
using TechLead.Rules.Parsing;
using TechLead.Rules.Parsing.Yaml;

namespace TechLead.Rules.Baselines;

/// <summary>
/// <c>techlead.baseline.json</c>, parsed from text (JSON is read with the YAML reader, which accepts
/// it, so the analyzer needs no JSON dependency). An unexpired entry hides at most its <c>count</c> violations
/// (<see cref="Judge"/>, applied by <see cref="BaselineRatchet"/>); <see cref="FindStale"/> reports entries that no
/// longer match what exists (TL9004). Which file is the baseline: <see cref="BaselineFileChoice"/>.
/// </summary>
public sealed class Baseline
{
    /// <summary>Null when there are no entries: a dictionary keyed by a struct of ours is JIT-compiled in every compiler process, baseline or not (rules/0054).</summary>
    private readonly Dictionary<BaselineKey, BaselineEntry>? entries;

    private Baseline(string path, IReadOnlyList<BaselineEntry> entryList)
    {
        Path = path;
        Entries = entryList;
        if (entryList.Count == 0)
        {
            return;
        }

        entries = new Dictionary<BaselineKey, BaselineEntry>();
        foreach (var entry in entryList)
        {
            entries[entry.Key] = entry;
        }
    }

    public static Baseline Empty { get; } = new(string.Empty, []);

    public string Path { get; }

    public IReadOnlyList<BaselineEntry> Entries { get; }

    /// <summary>The entry for <paramref name="key"/>, expired or not; null when there is none.</summary>
    public BaselineEntry? Find(BaselineKey key) => entries is not null && entries.TryGetValue(key, out var entry) ? entry : null;

    /// <summary>
    /// Which of the <paramref name="found"/> violations of <paramref name="key"/> (in the caller's deterministic
    /// order) stay hidden and what the others' messages get appended: <see cref="BaselineRatchet.Judge"/>.
    /// </summary>
    public BaselineVerdict Judge(BaselineKey key, int found, string today) => BaselineRatchet.Judge(Find(key), found, today);

    /// <summary>
    /// True when an unexpired entry covers <paramref name="key"/>: some of its violations may be hidden, so an engine
    /// that reports as it goes holds them back until it knows them all (rules/0010).
    /// </summary>
    public bool HasUnexpiredEntry(BaselineKey key, string today) => Find(key) is { } entry && !entry.IsExpired(today);

    /// <summary>
    /// Entries with fewer matching violations than their count (none at all, or fewer than frozen):
    /// each becomes TL9004, a warning unless the caller runs strict (<see cref="BaselineStaleness.Find"/>).
    /// </summary>
    public IReadOnlyList<AdrDiagnostic> FindStale(IReadOnlyDictionary<BaselineKey, int> actualCounts, RuleSeverity severity) =>
        BaselineStaleness.Find(this, actualCounts, severity);

    /// <summary>Parses the baseline; problems become TL9001 diagnostics and the readable entries are kept.</summary>
    public static Baseline Parse(string path, string text, List<AdrDiagnostic> diagnostics)
    {
        var map = new LineMap(text ?? string.Empty);
        var context = new ParseContext(path, map);
        try
        {
            var root = YamlChunkReader.Read(map.Text, 0, map, path, context.Diagnostics);
            var list = root is null ? [] : ReadEntries(root, context);
            diagnostics.AddRange(Unreadable(context.Diagnostics));
            return new Baseline(path, list);
        }
#pragma warning disable CA1031 // never crash on a bad baseline: it becomes a diagnostic
        catch (Exception unexpected)
#pragma warning restore CA1031
        {
            diagnostics.Add(new AdrDiagnostic(DiagnosticIds.AdrUnreadable, $"baseline could not be read ({unexpected.Message})", path, SourceSpan.FileStart, RuleSeverity.Error));
            return new Baseline(path, []);
        }
    }

    private static IEnumerable<AdrDiagnostic> Unreadable(IEnumerable<AdrDiagnostic> found)
    {
        foreach (var diagnostic in found)
        {
            yield return diagnostic with { Id = DiagnosticIds.AdrUnreadable, Message = "baseline: " + diagnostic.Message };
        }
    }

    private static List<BaselineEntry> ReadEntries(YamlNode root, ParseContext context)
    {
        var list = new List<BaselineEntry>();
        if (root is not YamlMapping mapping || mapping.Get("entries") is not YamlSequence sequence)
        {
            context.InvalidRule(root.Span, "expected { \"version\": 1, \"entries\": [ ... ] }; create it with 'techlead baseline create'");
            return list;
        }

        foreach (var item in sequence.Items)
        {
            if (item is not YamlMapping entry)
            {
                context.InvalidRule(item.Span, "each entry must be an object with adr, rule, from, to and count");
                continue;
            }

            var fields = new FieldReader(entry, context, "baseline entry", ["adr", "rule", "from", "to", "count", "reason", "owner", "expires"]);
            var adr = fields.String("adr", "ADR-0007", required: true);
            var rule = fields.String("rule", "domain-no-infra", required: true);
            var from = fields.String("from", "T:Shop.Domain.Order", required: true);
            var to = fields.String("to", "T:Shop.Infrastructure.Db", required: false) ?? string.Empty;
            var countText = fields.String("count", "1");
            var count = 1;
            if (countText is not null && (!int.TryParse(countText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out count) || count < 1))
            {
                fields.Error(entry.Get("count")!.Span, "count must be a positive whole number");
            }

            if (adr is null || rule is null || from is null || fields.HasErrors)
            {
                continue;
            }

            list.Add(new BaselineEntry(adr, rule, from, to, count)
            {
                Reason = fields.String("reason", "legacy"),
                Owner = fields.String("owner", "@team"),
                Expires = fields.String("expires", "2027-01-31"),
                Span = entry.Span,
            });
        }

        return list;
    }
}
