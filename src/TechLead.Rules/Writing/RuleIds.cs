using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace TechLead.Rules.Writing;

/// <summary>Rule ids (<c>[a-z0-9][a-z0-9-]*</c>) made from names people wrote, e.g. a test method's name.</summary>
public static class RuleIds
{
    /// <summary><c>Domain_Should_Not_DependOn_EFCore</c> → <c>domain-should-not-depend-on-ef-core</c>; empty input → <c>rule</c>.</summary>
    public static string FromText(string text)
    {
        var id = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) && c < 128)
            {
                if (char.IsUpper(c) && id.Length > 0 && StartsWord(text, i))
                {
                    Dash(id);
                }

                id.Append(char.ToLowerInvariant(c));
            }
            else
            {
                Dash(id);
            }
        }

        var result = id.ToString().Trim('-');
        return result.Length == 0 ? "rule" : result;
    }

    /// <summary>
    /// <paramref name="id"/>, or the first of <c>id-2</c>, <c>id-3</c>, … not in <paramref name="taken"/>; the id returned is
    /// added to <paramref name="taken"/>, so the next call cannot return it again.
    /// </summary>
    public static string Unique(string id, ISet<string> taken)
    {
        var candidate = id;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = id + "-" + n.ToString(CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    // "DependOn" splits before 'O'; "EFCore" splits before "Core" but keeps "EF" whole.
    private static bool StartsWord(string text, int i) =>
        !char.IsUpper(text[i - 1]) || (i + 1 < text.Length && char.IsLower(text[i + 1]));

    private static void Dash(StringBuilder id)
    {
        if (id.Length > 0 && id[id.Length - 1] != '-')
        {
            id.Append('-');
        }
    }
}
