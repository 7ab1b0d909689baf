using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace TechLead.Cli.Tests.Ci;

/// <summary>
/// Enough of POSIX shell word splitting to find the <c>techlead</c> commands in a CI script: quotes,
/// backslash escapes and line continuations; <c>|| &amp;&amp; | ;</c> end a command; a redirection
/// (<c>&gt; &gt;&gt; 2&gt; &lt;</c>) and its target are not arguments. Variables stay as written.
/// </summary>
internal static class ShellCommandLines
{
    private static readonly string[] Separators = ["||", "&&", "|", ";"];
    private static readonly string[] Redirections = [">>", "2>", ">", "<"];

    /// <summary>
    /// The arguments after <c>techlead</c> of every command in <paramref name="script"/> that runs it, as a global
    /// tool (<c>techlead</c>) or as a local one (<c>dotnet techlead</c>).
    /// </summary>
    public static IEnumerable<string[]> TechleadCommands(string script) =>
        Commands(script).Select(c => c switch
        {
            ["techlead", .. var rest] => rest,
            ["dotnet", "techlead", .. var rest] => rest,
            _ => null,
        }).OfType<string[]>();

    public static IEnumerable<string[]> Commands(string script)
    {
        foreach (var line in script.ReplaceLineEndings("\n").Replace("\\\n", " ", StringComparison.Ordinal).Split('\n'))
        {
            var current = new List<string>();
            var skipNext = false;
            foreach (var (word, isOperator) in Words(line))
            {
                if (isOperator && Separators.Contains(word))
                {
                    yield return current.ToArray();
                    current.Clear();
                }
                else if (isOperator)
                {
                    skipNext = true;
                }
                else if (skipNext)
                {
                    skipNext = false;
                }
                else
                {
                    current.Add(word);
                }
            }

            yield return current.ToArray();
        }
    }

    private static IEnumerable<(string Word, bool IsOperator)> Words(string line)
    {
        var word = new StringBuilder();
        var inWord = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '#' && !inWord)
            {
                break;
            }

            if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    yield return (word.ToString(), false);
                    word.Clear();
                    inWord = false;
                }

                continue;
            }

            var op = Separators.Concat(Redirections).FirstOrDefault(o => string.CompareOrdinal(line, i, o, 0, o.Length) == 0 && (o != "2>" || !inWord));
            if (op is not null)
            {
                if (inWord)
                {
                    yield return (word.ToString(), false);
                    word.Clear();
                    inWord = false;
                }

                yield return (op, true);
                i += op.Length - 1;
                continue;
            }

            inWord = true;
            if (c is '\'' or '"')
            {
                var end = line.IndexOf(c, i + 1);
                if (end < 0)
                {
                    throw new FormatException($"unclosed quote in: {line}");
                }

                word.Append(line, i + 1, end - i - 1);
                i = end;
            }
            else if (c == '\\' && i + 1 < line.Length)
            {
                word.Append(line[++i]);
            }
            else
            {
                word.Append(c);
            }
        }

        if (inWord)
        {
            yield return (word.ToString(), false);
        }
    }
}
