using System.Globalization;

namespace TechLead.Rules.Baselines;

/// <summary>
/// The baseline's ratchet (docs/adr-format.md#baseline, rules/0010): an unexpired entry hides at most <c>count</c> violations
/// of its key. Every engine orders a key's violations deterministically (source order where it has source) and
/// asks this once per key, so the analyzer, the CLI and the fitness tests hide and report the same ones.
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
}
