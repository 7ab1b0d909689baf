using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using TechLead.Rules.Parsing;

namespace TechLead.Cli.Infrastructure;

/// <summary>
/// <c>unknown command 'chek'; did you mean 'check'? see 'techlead --help'</c>. Spectre names the unknown word; the
/// candidates are the commands its own help lists at that level, so they cannot drift from the command tree, and the
/// suggestion comes from the same edit distance as misspelt rule kinds and fields.
/// </summary>
internal static partial class UnknownCommand
{
    /// <summary>The one-line message for Spectre's <paramref name="message"/>, or null when it is not about an unknown command.</summary>
    public static string? Explain(string message, IReadOnlyList<string> args, Func<IReadOnlyList<string>, string> helpOf)
    {
        if (UnknownCommandMessage().Match(message.Trim()) is not { Success: true } match)
        {
            return null;
        }

        var word = match.Groups["word"].Value;
        var at = Enumerable.Range(0, args.Count).FirstOrDefault(i => args[i] == word, -1);
        var branch = at < 0 ? [] : args.Take(at).Where(a => !a.StartsWith('-')).ToList();
        var commands = CommandsIn(helpOf([.. branch, "--help"]));
        var help = string.Join(" ", ["techlead", .. branch, "--help"]);
        if (commands.Count == 0)
        {
            return $"unknown command '{word}'; see '{help}'";
        }

        var hint = Suggestions.DidYouMean(word, commands);
        return $"unknown command '{word}'{hint}{(hint.EndsWith('?') ? " " : "; ")}see '{help}'";
    }

    /// <summary>The names under <c>COMMANDS:</c> in Spectre's plain help: four spaces, then the name (wrapped descriptions are indented further).</summary>
    private static List<string> CommandsIn(string help)
    {
        var commands = new List<string>();
        using var reader = new StringReader(help);
        var inCommands = false;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !char.IsWhiteSpace(line[0]))
            {
                inCommands = line.TrimEnd() == "COMMANDS:";
            }
            else if (inCommands && CommandLine().Match(line) is { Success: true } command)
            {
                commands.Add(command.Groups["name"].Value);
            }
        }

        return commands;
    }

    [GeneratedRegex(@"^Unknown command '(?<word>[^']+)'\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex UnknownCommandMessage();

    [GeneratedRegex(@"^ {4}(?<name>[a-z][a-z-]*)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CommandLine();
}
