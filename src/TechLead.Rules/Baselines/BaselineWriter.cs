using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace TechLead.Rules.Baselines;

/// <summary>
/// The one writer of <c>techlead.baseline.json</c>, used by <c>techlead baseline create|update</c> and the
/// "Add to baseline" code fix: version 1, entries ordered by adr, rule, from, to (ordinal), fields in spec order,
/// two-space indentation, one final newline. Names are written as UTF-8 text (<c>Café</c>, not <c>Caf\u00E9</c>) so a
/// reviewer reads them in the diff; what JSON requires or what could mislead a reader or an HTML/JS consumer is
/// written as <c>\uXXXX</c>: control characters (C0, DEL, C1), HTML-sensitive characters (as System.Text.Json's
/// default encoder does), the JavaScript line separators U+2028/U+2029 and unpaired surrogates. The file then diffs
/// cleanly whichever tool wrote it last.
/// </summary>
public static class BaselineWriter
{
    /// <summary>The file's text with <paramref name="newLine"/> (<c>\n</c> or an existing file's <c>\r\n</c>) as line ending.</summary>
    public static string Write(IEnumerable<BaselineEntry> entries, string newLine = "\n")
    {
        var ordered = entries.OrderBy(e => e.Key, BaselineKeyOrder.Instance).ToList();

        var text = new StringBuilder();
        text.Append('{').Append(newLine);
        text.Append("  \"version\": 1,").Append(newLine);
        if (ordered.Count == 0)
        {
            text.Append("  \"entries\": []").Append(newLine);
        }
        else
        {
            text.Append("  \"entries\": [").Append(newLine);
            for (var i = 0; i < ordered.Count; i++)
            {
                WriteEntry(text, ordered[i], newLine);
                text.Append(i < ordered.Count - 1 ? "," : string.Empty).Append(newLine);
            }

            text.Append("  ]").Append(newLine);
        }

        return text.Append('}').Append(newLine).ToString();
    }

    private static void WriteEntry(StringBuilder text, BaselineEntry entry, string newLine)
    {
        var fields = new List<string>
        {
            Field("adr", entry.Adr),
            Field("rule", entry.Rule),
            Field("from", entry.From),
            Field("to", entry.To),
            $"\"count\": {entry.Count.ToString(CultureInfo.InvariantCulture)}",
        };
        AddOptional(fields, "reason", entry.Reason);
        AddOptional(fields, "owner", entry.Owner);
        AddOptional(fields, "expires", entry.Expires);

        text.Append("    {").Append(newLine);
        text.Append("      ").Append(string.Join("," + newLine + "      ", fields)).Append(newLine);
        text.Append("    }");
    }

    private static void AddOptional(List<string> fields, string name, string? value)
    {
        if (value is not null)
        {
            fields.Add(Field(name, value));
        }
    }

    private static string Field(string name, string value) => $"\"{name}\": \"{Escape(value)}\"";

    private static string Escape(string value)
    {
        var escaped = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                // A well-formed pair (a CJK extension ideograph, an emoji) is one character: written as is.
                escaped.Append(c).Append(value[++i]);
                continue;
            }

            switch (c)
            {
                case '\\': escaped.Append("\\\\"); break;
                case '\n': escaped.Append("\\n"); break;
                case '\r': escaped.Append("\\r"); break;
                case '\t': escaped.Append("\\t"); break;
                case '\b': escaped.Append("\\b"); break;
                case '\f': escaped.Append("\\f"); break;
                case < ' ' or (>= '\u007F' and <= '\u009F') or '\u2028' or '\u2029' or (>= '\uD800' and <= '\uDFFF')
                    or '"' or '<' or '>' or '&' or '\'' or '+' or '`':
                    escaped.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default: escaped.Append(c); break;
            }
        }

        return escaped.ToString();
    }
}
