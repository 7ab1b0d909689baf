using System;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace TechLead.Cli.Changes;

/// <summary>
/// Reads the output of <c>git diff -U0</c>: the new side's path from each <c>+++ b/path</c> header and the
/// added lines from each <c>@@ -a,b +c,d @@</c> hunk (d lines from c; d = 0 is a pure deletion, nothing to
/// report on). Header lines are read only between <c>diff --git</c> and the first hunk, so content that looks
/// like a header (<c>+++ x</c>) is not one. A file whose old side is <c>/dev/null</c> is new: every line of it counts.
/// </summary>
internal static partial class GitDiffReader
{
    public static ChangedLines Parse(string diff, ChangedLines? into = null)
    {
        var changes = into ?? new ChangedLines();
        string? path = null;
        var isNew = false;
        var inHeader = false;
        foreach (var raw in diff.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.StartsWith("diff --git ", StringComparison.Ordinal))
            {
                path = null;
                isNew = false;
                inHeader = true;
            }
            else if (inHeader && line.StartsWith("--- ", StringComparison.Ordinal))
            {
                isNew = line == "--- /dev/null";
            }
            else if (inHeader && line.StartsWith("+++ ", StringComparison.Ordinal))
            {
                var name = Unquote(line[4..].TrimEnd('\t'));
                path = name == "/dev/null" ? null : name.StartsWith("b/", StringComparison.Ordinal) ? name[2..] : name;
                if (path is not null && isNew)
                {
                    changes.AddWholeFile(path);
                }
            }
            else if (line.StartsWith("@@ ", StringComparison.Ordinal) && Hunk().Match(line) is { Success: true } hunk)
            {
                // Added and removed lines follow; one of them may look like a header ("+++ x").
                inHeader = false;
                if (path is null)
                {
                    continue;
                }

                var start = int.Parse(hunk.Groups["start"].Value, CultureInfo.InvariantCulture);
                var count = hunk.Groups["count"].Success ? int.Parse(hunk.Groups["count"].Value, CultureInfo.InvariantCulture) : 1;
                if (count > 0)
                {
                    changes.AddRange(path, start, start + count - 1);
                }
            }
        }

        return changes;
    }

    /// <summary>git writes a name with a quote, backslash or control character as a C string: "b/a\"b.cs".</summary>
    public static string Unquote(string name)
    {
        if (name.Length < 2 || name[0] != '"' || name[^1] != '"')
        {
            return name;
        }

        var bytes = new System.Collections.Generic.List<byte>();
        for (var i = 1; i < name.Length - 1; i++)
        {
            var c = name[i];
            if (c != '\\' || i + 1 >= name.Length - 1)
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(c.ToString()));
                continue;
            }

            var next = name[++i];
            if (next is >= '0' and <= '7' && i + 2 < name.Length - 1)
            {
                bytes.Add(Convert.ToByte(name.Substring(i, 3), 8));
                i += 2;
                continue;
            }

            bytes.Add((byte)(next switch
            {
                'n' => '\n',
                't' => '\t',
                'r' => '\r',
                'a' => '\a',
                'b' => '\b',
                'f' => '\f',
                'v' => '\v',
                _ => next,
            }));
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    [GeneratedRegex(@"^@@ -\d+(?:,\d+)? \+(?<start>\d+)(?:,(?<count>\d+))? @@", RegexOptions.None, 1000)]
    private static partial Regex Hunk();
}
