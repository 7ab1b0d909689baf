namespace TechLead.Rules.Parsing.Yaml;

/// <summary>A single- or double-quoted YAML scalar closed on its own line, with the escapes ADRs use; anything else is YamlDotNet's to read.</summary>
internal static class SubsetQuotedScalar
{
    /// <summary>The value of the scalar whose opening quote is at <paramref name="start"/>; null when the subset does not read it. <paramref name="end"/> is just after the closing quote.</summary>
    public static string? Read(string text, int start, int lineEnd, out int end)
    {
        end = Close(text, start, lineEnd);
        if (end < 0)
        {
            return null;
        }

        var quote = text[start];
        var builder = new System.Text.StringBuilder(end - start);
        for (var i = start + 1; i < end - 1; i++)
        {
            var c = text[i];
            if (quote == '\'' && c == '\'')
            {
                i++;
            }
            else if (quote == '"' && c == '\\')
            {
                i++;
                c = Unescape(text[i]);
                if (c == '\uFFFF')
                {
                    return null;
                }
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Just after the closing quote of the scalar opened at <paramref name="start"/>, or -1 when it is not closed on this line.</summary>
    public static int Close(string text, int start, int lineEnd)
    {
        var quote = text[start];
        for (var i = start + 1; i < lineEnd; i++)
        {
            var c = text[i];
            if (quote == '"' && c == '\\')
            {
                i++;
            }
            else if (c == quote)
            {
                if (quote == '\'' && i + 1 < lineEnd && text[i + 1] == '\'')
                {
                    i++;
                    continue;
                }

                return i + 1;
            }
        }

        return -1;
    }

    /// <summary>The character a one-character escape stands for; U+FFFF for the escapes left to YamlDotNet (\x, \u, \U, \N, \_, \L, \P).</summary>
    private static char Unescape(char c) => c switch
    {
        '0' => '\0',
        'a' => '\a',
        'b' => '\b',
        't' => '\t',
        'n' => '\n',
        'v' => '\v',
        'f' => '\f',
        'r' => '\r',
        'e' => '\u001B',
        ' ' => ' ',
        '"' => '"',
        '/' => '/',
        '\\' => '\\',
        _ => '\uFFFF',
    };
}
