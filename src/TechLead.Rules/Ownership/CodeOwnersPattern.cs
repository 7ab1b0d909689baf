using System;
using System.Collections.Generic;

namespace TechLead.Rules.Ownership;

/// <summary>
/// A compiled CODEOWNERS path pattern, matched the way GitHub documents it (gitignore rules, rules/0024):
/// a leading or inner <c>/</c> anchors the pattern to the repository root, otherwise it matches at any depth;
/// a trailing <c>/</c> matches only what is inside a folder; a pattern also owns everything inside a folder it
/// names, except when its last segment is a lone <c>*</c> (<c>docs/*</c> owns <c>docs/a.md</c>, not
/// <c>docs/x/b.md</c>); <c>**</c> spans whole folders, <c>*</c>, <c>?</c> and <c>[a-z]</c> stay within one.
/// Matching is case-sensitive, like git paths.
/// </summary>
public sealed class CodeOwnersPattern
{
    private readonly PathSegmentPattern?[] parts;
    private readonly bool directoryOnly;
    private readonly bool directChildrenOnly;

    private CodeOwnersPattern(string text, PathSegmentPattern?[] parts, bool directoryOnly, bool directChildrenOnly)
    {
        Text = text;
        this.parts = parts;
        this.directoryOnly = directoryOnly;
        this.directChildrenOnly = directChildrenOnly;
    }

    /// <summary>The pattern as written.</summary>
    public string Text { get; }

    /// <summary>Compiles a pattern, or explains what is wrong and what to write instead.</summary>
    /// <param name="text">The pattern as written in the file (escapes included).</param>
    /// <param name="pattern">The compiled pattern, when valid.</param>
    /// <param name="error">What is wrong, when invalid.</param>
    public static bool TryParse(string text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CodeOwnersPattern? pattern, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? error)
    {
        pattern = null;
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        if (text.StartsWith("!", StringComparison.Ordinal))
        {
            error = $"'{text}': CODEOWNERS has no negation; list the path with no owners to leave it unowned";
            return false;
        }

        var directoryOnly = text.EndsWith("/", StringComparison.Ordinal) && !text.EndsWith("\\/", StringComparison.Ordinal);
        var body = text.Trim('/');
        if (body.Length == 0)
        {
            error = $"'{text}' names no file; write '*' for every file";
            return false;
        }

        var anchored = text.StartsWith("/", StringComparison.Ordinal) || body.IndexOf('/') >= 0;
        var segments = body.Split(['/'], StringSplitOptions.RemoveEmptyEntries);
        var compiled = new List<PathSegmentPattern?>(segments.Length + 1);
        if (!anchored)
        {
            compiled.Add(null);
        }

        foreach (var segment in segments)
        {
            if (segment == "**")
            {
                // Adjacent '**' mean the same as one; collapsing keeps matching linear for them.
                if (compiled.Count == 0 || compiled[compiled.Count - 1] is not null)
                {
                    compiled.Add(null);
                }

                continue;
            }

            var part = PathSegmentPattern.Compile(segment, out var segmentError);
            if (part is null)
            {
                error = $"'{text}' {segmentError}";
                return false;
            }

            compiled.Add(part);
        }

        error = null;
        pattern = new CodeOwnersPattern(text, compiled.ToArray(), directoryOnly, !directoryOnly && segments[segments.Length - 1] == "*");
        return true;
    }

    /// <summary>True when the file at <paramref name="path"/> (relative to the repository root, '/'-separated) is owned by this pattern.</summary>
    public bool IsMatch(string path)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        var segments = path.Split(['/'], StringSplitOptions.RemoveEmptyEntries);
        return segments.Length > 0 && MatchFrom(0, segments, 0);
    }

    public override string ToString() => Text;

    private bool MatchFrom(int partIndex, string[] segments, int position)
    {
        if (partIndex == parts.Length)
        {
            // The whole path is the pattern (a file), or a folder above the file is (everything inside it).
            return position == segments.Length ? !directoryOnly : !directChildrenOnly;
        }

        var part = parts[partIndex];
        if (part is null)
        {
            // '**' spans zero or more folders; a trailing '**' needs at least one name ('docs/**' is inside docs).
            var first = partIndex == parts.Length - 1 ? position + 1 : position;
            for (var next = first; next <= segments.Length; next++)
            {
                if (MatchFrom(partIndex + 1, segments, next))
                {
                    return true;
                }
            }

            return false;
        }

        return position < segments.Length && part.IsMatch(segments[position]) && MatchFrom(partIndex + 1, segments, position + 1);
    }
}
