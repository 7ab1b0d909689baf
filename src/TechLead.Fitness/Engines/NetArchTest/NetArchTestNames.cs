using System;
using System.Collections.Generic;
using TechLead.Rules.Selectors;

namespace TechLead.Fitness.Engines.NetArchTest;

/// <summary>
/// NetArchTest matches dependencies by dotted name prefixes (whole segments): <c>Shop.Infra</c> covers every
/// type in that namespace and below, and a type with its nested types. A selector translates when each of
/// its globs is exact (<c>Shop.Db.ShopContext</c>) or a literal namespace followed by <c>.**</c>.
/// </summary>
internal static class NetArchTestNames
{
    /// <summary>The names, or null when the selector uses wildcards inside a segment or conditions.</summary>
    public static IReadOnlyList<string>? TryTranslate(TypeSelector selector)
    {
        var text = selector.Text;
        if (text.Contains('{', StringComparison.Ordinal))
        {
            return null;
        }

        if (text.StartsWith('[') && text.EndsWith(']'))
        {
            text = text.Substring(1, text.Length - 2);
        }

        var names = new List<string>();
        foreach (var raw in text.Split(", ", StringSplitOptions.RemoveEmptyEntries))
        {
            var glob = raw.EndsWith(".**", StringComparison.Ordinal) ? raw.Substring(0, raw.Length - 3) : raw;
            if (glob.Length == 0 || glob.IndexOfAny(['*', '?', '{', '}', ' ']) >= 0)
            {
                return null;
            }

            names.Add(glob);
        }

        return names.Count == 0 ? null : names;
    }
}
