using System;
using System.Collections.Generic;
using System.Linq;

namespace TechLead.Cli.Importing.NsDepCop;

/// <summary>
/// An NsDepCop namespace specification read as its documentation defines it: <c>*</c> any namespace, <c>A.B</c> exactly
/// that namespace, <c>A.*</c> A and its sub-namespaces (a <c>*</c> segment is zero or more segments), <c>A.?</c> the
/// direct sub-namespaces (a <c>?</c> segment is exactly one). <c>.</c> (the global namespace), <c>/regex/</c> and
/// <c>[Placeholder]</c> forms have no TechLead glob: <see cref="Parse"/> gives the reason.
/// </summary>
internal sealed class NamespacePattern
{
    private const string Many = "*";
    private const string One = "?";

    private NamespacePattern(string text, IReadOnlyList<string> segments)
    {
        Text = text;
        Segments = segments;
    }

    public string Text { get; }

    /// <summary>Literal names, <c>*</c> (zero or more) and <c>?</c> (exactly one).</summary>
    public IReadOnlyList<string> Segments { get; }

    /// <summary>True for <c>*</c> alone: every namespace.</summary>
    public bool IsAny => Segments.Count == 1 && Segments[0] == Many;

    /// <summary>True when no segment is a wildcard: exactly one namespace.</summary>
    public bool IsLiteral => Segments.All(s => s is not (Many or One));

    /// <summary>True for <c>A.B.*</c>: literal segments, then one trailing <c>*</c>.</summary>
    public bool IsSubtree => Segments.Count > 1 && Segments[^1] == Many && Segments.Take(Segments.Count - 1).All(s => s is not (Many or One));

    /// <summary>The literal segments before the first wildcard.</summary>
    public IReadOnlyList<string> LiteralPrefix => Segments.TakeWhile(s => s is not (Many or One)).ToList();

    /// <summary>The TechLead namespace glob that matches the same namespaces: <c>*</c> → <c>**</c>, <c>?</c> → <c>*</c>.</summary>
    public string Glob => string.Join(".", Segments.Select(s => s switch { Many => "**", One => "*", _ => s }));

    public static NamespacePattern? Parse(string? text, out string reason)
    {
        reason = string.Empty;
        var value = (text ?? string.Empty).Trim();
        if (value.Length == 0)
        {
            reason = "the namespace is missing";
            return null;
        }

        if (IsGlobal(value))
        {
            reason = $"'{value}' is the global namespace, which a TechLead selector cannot name";
            return null;
        }

        if (value.Length >= 2 && value[0] == '/' && value[^1] == '/')
        {
            reason = $"'{value}' is a regular expression; TechLead selectors are globs, and a regex has no exact glob in general";
            return null;
        }

        if (value.Contains('[', StringComparison.Ordinal))
        {
            reason = $"'{value}' uses placeholders, which link From and To per dependency; a TechLead rule's from and to select independently";
            return null;
        }

        var segments = value.Split('.');
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            var valid = segment is Many or One || (segment.Length > 0 && segment.All(c => char.IsLetterOrDigit(c) || c == '_') && !char.IsDigit(segment[0]));
            if (!valid || (segment == Many && i > 0 && segments[i - 1] == Many))
            {
                reason = $"'{value}' is not a namespace specification NsDepCop accepts";
                return null;
            }
        }

        return new NamespacePattern(value, segments);
    }

    /// <summary><c>.</c> or <c>&lt;global namespace&gt;</c> (Roslyn's name for it, which NsDepCop also accepts).</summary>
    public static bool IsGlobal(string? text) => text?.Trim() is "." or "<global namespace>";

    /// <summary>Whether some namespace matches both patterns.</summary>
    public bool Intersects(NamespacePattern other)
    {
        var memo = new Dictionary<(int, int), bool>();
        return Meet(0, 0);

        bool Meet(int i, int j)
        {
            if (memo.TryGetValue((i, j), out var known))
            {
                return known;
            }

            bool result;
            var a = i < Segments.Count ? Segments[i] : null;
            var b = j < other.Segments.Count ? other.Segments[j] : null;
            if (a is null && b is null)
            {
                result = true;
            }
            else if (a == Many)
            {
                result = Meet(i + 1, j) || (b is not null && Meet(i, j + 1));
            }
            else if (b == Many)
            {
                result = Meet(i, j + 1) || (a is not null && Meet(i + 1, j));
            }
            else if (a is null || b is null)
            {
                result = false;
            }
            else
            {
                result = (a == One || b == One || a == b) && Meet(i + 1, j + 1);
            }

            memo[(i, j)] = result;
            return result;
        }
    }

    /// <summary>
    /// Whether every namespace <paramref name="other"/> matches, this one matches. Decided for the forms where it is
    /// plain (<c>*</c>, equal patterns, a subtree <c>A.*</c> over patterns starting with <c>A</c>); false when unsure.
    /// </summary>
    public bool Contains(NamespacePattern other)
    {
        if (IsAny || Segments.SequenceEqual(other.Segments))
        {
            return true;
        }

        if (!IsSubtree)
        {
            return false;
        }

        var prefix = LiteralPrefix;
        return other.Segments.Count >= prefix.Count && prefix.Select((s, i) => other.Segments[i] == s).All(same => same);
    }

    public override string ToString() => Text;
}
