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

    /// <summary>
    /// A superset for screening: each glob as the literal namespace prefix before its first wildcard segment
    /// (<c>System.*</c> and <c>Shop.*.Domain</c> as <c>System</c> and <c>Shop</c>); null when a glob starts with a wildcard or
    /// the selector has conditions, where no prefix bounds it.
    /// </summary>
    public static IReadOnlyList<string>? Widen(TypeSelector selector)
    {
        var names = new List<string>();
        foreach (var glob in Globs(selector))
        {
            var prefix = LiteralPrefix(glob);
            if (prefix is null)
            {
                return null;
            }

            names.Add(prefix);
        }

        return names.Count == 0 ? null : names;
    }

    /// <summary>A subset for an allow-list: only the globs NetArchTest names exactly (<see cref="TryTranslate"/>), the others left out.</summary>
    public static IReadOnlyList<string> Narrow(TypeSelector selector)
    {
        var names = new List<string>();
        foreach (var glob in Globs(selector))
        {
            var exact = glob.EndsWith(".**", StringComparison.Ordinal) ? glob.Substring(0, glob.Length - 3) : glob;
            if (exact.Length > 0 && exact.IndexOfAny(['*', '?', '{', '}', ' ']) < 0)
            {
                names.Add(exact);
            }
        }

        return names;
    }

    private static IEnumerable<string> Globs(TypeSelector selector)
    {
        var text = selector.Text;
        if (text.Contains('{', StringComparison.Ordinal))
        {
            yield return "{";
            yield break;
        }

        if (text.StartsWith('[') && text.EndsWith(']'))
        {
            text = text.Substring(1, text.Length - 2);
        }

        foreach (var raw in text.Split(", ", StringSplitOptions.RemoveEmptyEntries))
        {
            yield return raw;
        }
    }

    private static string? LiteralPrefix(string glob)
    {
        var segments = glob.Split('.');
        var literal = new List<string>();
        foreach (var segment in segments)
        {
            if (segment.IndexOfAny(['*', '?', '{', '}', ' ', '[']) >= 0)
            {
                break;
            }

            literal.Add(segment);
        }

        return literal.Count == 0 ? null : string.Join(".", literal);
    }
}
