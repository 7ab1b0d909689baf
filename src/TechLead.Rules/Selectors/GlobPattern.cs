using System;
using System.Collections.Generic;

namespace TechLead.Rules.Selectors;

/// <summary>
/// A compiled glob over dotted names (docs/adr-format.md): <c>*</c> within one segment, <c>**</c> zero or
/// more whole segments, <c>?</c> one character; optionally one <c>{slice}</c> segment that captures.
/// Matching walks the text in place and allocates nothing.
/// </summary>
public sealed class GlobPattern
{
    private readonly Segment[] segments;

    private GlobPattern(string text, Segment[] segments, int captureIndex)
    {
        Text = text;
        this.segments = segments;
        CaptureIndex = captureIndex;
        LiteralPrefix = ComputeLiteralPrefix(text, segments);
    }

    /// <summary>The glob as written.</summary>
    public string Text { get; }

    /// <summary>
    /// The leading whole segments without wildcards, with their trailing dot (<c>Shop.Domain.</c> for
    /// <c>Shop.Domain.**</c>); a name that does not start with it (or equal it without the dot) cannot match.
    /// </summary>
    public string LiteralPrefix { get; }

    /// <summary>True when the glob has no wildcard and matches exactly one name.</summary>
    public bool IsExact => Array.TrueForAll(segments, s => s.Kind == SegmentKind.Literal);

    private int CaptureIndex { get; }

    /// <summary>Compiles a glob; throws <see cref="FormatException"/> with a fix-it message when invalid.</summary>
    public static GlobPattern Parse(string text, bool allowSliceCapture = false)
    {
        if (!TryParse(text, allowSliceCapture, out var pattern, out var error))
        {
            throw new FormatException(error);
        }

        return pattern;
    }

    /// <summary>Compiles a glob, or explains what is wrong and what to write instead.</summary>
    public static bool TryParse(string text, bool allowSliceCapture, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out GlobPattern? pattern, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? error)
    {
        pattern = null;
        error = GlobSyntax.Validate(text, allowSliceCapture);
        if (error is not null)
        {
            return false;
        }

        var parts = text.Split('.');
        var compiled = new List<Segment>(parts.Length);
        var capture = -1;
        foreach (var part in parts)
        {
            if (part == "**")
            {
                // Adjacent '**' mean the same as one; collapsing keeps matching linear for them.
                if (compiled.Count == 0 || compiled[compiled.Count - 1].Kind != SegmentKind.AnySegments)
                {
                    compiled.Add(new Segment(SegmentKind.AnySegments, part));
                }
            }
            else if (part == GlobSyntax.SliceCapture)
            {
                capture = compiled.Count;
                compiled.Add(new Segment(SegmentKind.Capture, part));
            }
            else
            {
                var hasWildcard = part.IndexOf('*') >= 0 || part.IndexOf('?') >= 0;
                compiled.Add(new Segment(hasWildcard ? SegmentKind.Wildcard : SegmentKind.Literal, part));
            }
        }

        if (allowSliceCapture && capture < 0)
        {
            error = $"'{text}' needs one '{GlobSyntax.SliceCapture}' segment that names the slice, e.g. 'Shop.Modules.{{slice}}.**'";
            return false;
        }

        pattern = new GlobPattern(text, compiled.ToArray(), capture);
        return true;
    }

    /// <summary>True when the whole dotted <paramref name="name"/> matches.</summary>
    public bool IsMatch(string name) => MatchFrom(0, name, 0, out _, out _);

    /// <summary>Matches and returns the text the <c>{slice}</c> segment captured.</summary>
    public bool TryMatchSlice(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? slice)
    {
        if (CaptureIndex >= 0 && MatchFrom(0, name, 0, out var start, out var length))
        {
            slice = name.Substring(start, length);
            return true;
        }

        slice = null;
        return false;
    }

    public override string ToString() => Text;

    private bool MatchFrom(int segmentIndex, string name, int position, out int captureStart, out int captureLength)
    {
        captureStart = captureLength = 0;
        while (true)
        {
            if (segmentIndex == segments.Length)
            {
                // Every segment consumed exactly the whole name (position sits past the final segment).
                return position == name.Length + 1;
            }

            var segment = segments[segmentIndex];
            if (segment.Kind == SegmentKind.AnySegments)
            {
                // Zero segments, then one more at a time; 'position' is always at a segment start.
                if (MatchFrom(segmentIndex + 1, name, position, out captureStart, out captureLength))
                {
                    return true;
                }

                while (position <= name.Length)
                {
                    var end = SegmentEnd(name, position);
                    position = end + 1;
                    if (MatchFrom(segmentIndex + 1, name, position, out captureStart, out captureLength))
                    {
                        return true;
                    }
                }

                return false;
            }

            if (position > name.Length)
            {
                return false;
            }

            var segmentEnd = SegmentEnd(name, position);
            if (!SegmentMatches(segment, name, position, segmentEnd - position))
            {
                return false;
            }

            if (segment.Kind == SegmentKind.Capture)
            {
                if (MatchFrom(segmentIndex + 1, name, segmentEnd + 1, out _, out _))
                {
                    captureStart = position;
                    captureLength = segmentEnd - position;
                    return true;
                }

                return false;
            }

            segmentIndex++;
            position = segmentEnd + 1;
        }
    }

    private static int SegmentEnd(string name, int start)
    {
        var dot = name.IndexOf('.', start);
        return dot < 0 ? name.Length : dot;
    }

    private static bool SegmentMatches(Segment segment, string name, int start, int length) => segment.Kind switch
    {
        SegmentKind.Literal => length == segment.Text.Length && string.CompareOrdinal(name, start, segment.Text, 0, length) == 0,
        SegmentKind.Capture => length > 0,
        _ => WildcardMatch(segment.Text, name, start, length),
    };

    /// <summary>Classic '*'/'?' matching with one backtrack point: linear in practice, no allocation.</summary>
    private static bool WildcardMatch(string pattern, string name, int start, int length)
    {
        int p = 0, t = 0, starP = -1, starT = 0;
        while (t < length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || pattern[p] == name[start + t]))
            {
                p++;
                t++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                starP = p++;
                starT = t;
            }
            else if (starP >= 0)
            {
                p = starP + 1;
                t = ++starT;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }

    private static string ComputeLiteralPrefix(string text, Segment[] segments)
    {
        var length = 0;
        foreach (var segment in segments)
        {
            if (segment.Kind != SegmentKind.Literal)
            {
                break;
            }

            length += segment.Text.Length + 1;
        }

        return length == 0 ? string.Empty : text.Substring(0, Math.Min(length, text.Length));
    }

    private enum SegmentKind
    {
        Literal,
        Wildcard,
        AnySegments,
        Capture,
    }

    /// <summary>A class: a list of a struct of ours is JIT-compiled in every cold compiler process (rules/0060).</summary>
    private sealed record Segment(SegmentKind Kind, string Text);
}
