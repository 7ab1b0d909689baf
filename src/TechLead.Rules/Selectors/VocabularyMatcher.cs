using System;
using System.Collections.Generic;
using TechLead.Rules.Model;

namespace TechLead.Rules.Selectors;

/// <summary>
/// Finds a banned synonym in a declared name as a whole word part, case-insensitively
/// (<c>ClientId</c> contains <c>Client</c>; <c>Clientele</c> does not). Multi-word synonyms
/// (<c>ShoppingBasket</c>) must appear as consecutive words.
/// </summary>
public sealed class VocabularyMatcher
{
    private readonly (string[] Words, string Synonym, VocabularyTerm Term)[] banned;

    [ThreadStatic]
    private static List<(int Start, int Length)>? scratch;

    public VocabularyMatcher(IReadOnlyList<VocabularyTerm> terms)
    {
        var list = new List<(string[], string, VocabularyTerm)>();
        foreach (var term in terms)
        {
            foreach (var synonym in term.InsteadOf)
            {
                var words = NameWords.Split(synonym);
                if (words.Count > 0)
                {
                    list.Add((ToArray(words), synonym, term));
                }
            }
        }

        banned = list.ToArray();
    }

    /// <summary>The first banned synonym used in <paramref name="name"/> and the term to use instead.</summary>
    public bool TryFind(string name, out string synonym, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out VocabularyTerm? term)
    {
        synonym = string.Empty;
        term = null;
        if (banned.Length == 0 || name.Length == 0)
        {
            return false;
        }

        var words = scratch ??= new List<(int Start, int Length)>(8);
        words.Clear();
        NameWords.Split(name, words);
        foreach (var entry in banned)
        {
            for (var first = 0; first + entry.Words.Length <= words.Count; first++)
            {
                if (SequenceMatches(name, words, first, entry.Words))
                {
                    synonym = entry.Synonym;
                    term = entry.Term;
                    return true;
                }
            }
        }

        return false;
    }

    private static bool SequenceMatches(string name, List<(int Start, int Length)> words, int first, string[] wanted)
    {
        for (var k = 0; k < wanted.Length; k++)
        {
            var (start, length) = words[first + k];
            if (length != wanted[k].Length || string.Compare(name, start, wanted[k], 0, length, StringComparison.OrdinalIgnoreCase) != 0)
            {
                return false;
            }
        }

        return true;
    }

    private static string[] ToArray(IReadOnlyList<string> words)
    {
        var array = new string[words.Count];
        for (var i = 0; i < array.Length; i++)
        {
            array[i] = words[i];
        }

        return array;
    }
}
