using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace TechLead.Cli.Tests.Output;

/// <summary>
/// GitHub Actions workflow commands as the runner reads them: <c>::name key=value,key=value::data</c>.
/// Data escapes %, CR and LF as %25, %0D, %0A; property values also ':' and ',' as %3A and %2C. A raw
/// ':' or ',' in a value, or a CR/LF anywhere, would cut the command short, so a parse that succeeds
/// and round-trips proves the escaping.
/// </summary>
internal static partial class WorkflowCommands
{
    public static ParsedCommand Parse(string line)
    {
        var match = CommandShape().Match(line);
        if (!match.Success)
        {
            throw new FormatException($"not a workflow command: {line}");
        }

        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in match.Groups["properties"].Value.Split(','))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || pair.AsSpan(equals + 1).ContainsAny(":\r\n"))
            {
                throw new FormatException($"malformed property '{pair}' in: {line}");
            }

            properties.Add(pair[..equals], Unescape(pair[(equals + 1)..]));
        }

        return new ParsedCommand(match.Groups["name"].Value, properties, Unescape(match.Groups["data"].Value));
    }

    /// <summary>The runner's unescaping; a '%' that starts no known escape means the writer forgot one.</summary>
    public static string Unescape(string value)
    {
        var invalid = InvalidPercent().Match(value);
        return invalid.Success
            ? throw new FormatException($"unescaped '%' at {invalid.Index} in '{value}'")
            : value.Replace("%0D", "\r", StringComparison.Ordinal).Replace("%0A", "\n", StringComparison.Ordinal).Replace("%3A", ":", StringComparison.Ordinal).Replace("%2C", ",", StringComparison.Ordinal).Replace("%25", "%", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^::(?<name>[a-z-]+) (?<properties>[^:\r\n]*)::(?<data>[^\r\n]*)$")]
    private static partial Regex CommandShape();

    [GeneratedRegex("%(?!25|0D|0A|3A|2C)")]
    private static partial Regex InvalidPercent();
}

internal sealed record ParsedCommand(string Name, IReadOnlyDictionary<string, string> Properties, string Data)
{
    public int Number(string key) => int.Parse(Properties[key], System.Globalization.CultureInfo.InvariantCulture);

    public IEnumerable<string> Keys => Properties.Keys.OrderBy(k => k, StringComparer.Ordinal);
}
