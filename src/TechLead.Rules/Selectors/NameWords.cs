using System.Collections.Generic;

namespace TechLead.Rules.Selectors;

/// <summary>
/// Splits identifiers into words the way people read them: PascalCase and camelCase humps,
/// acronym runs (<c>HTTPClient</c> → HTTP, Client), digits, and <c>_</c>; a leading <c>@</c> or <c>_</c> is ignored.
/// </summary>
public static class NameWords
{
    /// <summary>Appends each word's (start, length) in <paramref name="name"/> to <paramref name="words"/>.</summary>
    public static void Split(string name, List<(int Start, int Length)> words)
    {
        var start = -1;
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!char.IsLetterOrDigit(c))
            {
                Flush(ref start, i, words);
                continue;
            }

            if (start < 0)
            {
                start = i;
                continue;
            }

            var previous = name[i - 1];
            var startsHump = char.IsUpper(c) && (char.IsLower(previous) || char.IsDigit(previous));
            var endsAcronym = char.IsUpper(c) && char.IsUpper(previous) && i + 1 < name.Length && char.IsLower(name[i + 1]);
            var digitBoundary = char.IsDigit(c) != char.IsDigit(previous);
            if (startsHump || endsAcronym || digitBoundary)
            {
                Flush(ref start, i, words);
                start = i;
            }
        }

        Flush(ref start, name.Length, words);
    }

    /// <summary>The words of <paramref name="name"/> as strings (for messages and tests).</summary>
    public static IReadOnlyList<string> Split(string name)
    {
        var spans = new List<(int Start, int Length)>();
        Split(name, spans);
        var words = new List<string>(spans.Count);
        foreach (var (start, length) in spans)
        {
            words.Add(name.Substring(start, length));
        }

        return words;
    }

    private static void Flush(ref int start, int end, List<(int Start, int Length)> words)
    {
        if (start >= 0 && end > start)
        {
            words.Add((start, end - start));
        }

        start = -1;
    }
}
