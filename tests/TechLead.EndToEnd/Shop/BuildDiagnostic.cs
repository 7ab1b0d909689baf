using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace TechLead.EndToEnd.Shop;

/// <summary>
/// A TL diagnostic as <c>dotnet build</c> prints it:
/// <c>/abs/File.cs(9,21): error TL0204: [ADR-0008] ... (rule x: why) (help link) [/abs/Project.csproj]</c>.
/// </summary>
internal sealed partial record BuildDiagnostic(string Path, int Line, int Column, BuildSeverity Severity, string Id, string Message, string HelpLink, string Project)
{
    /// <summary>Every distinct TL line of a build's output (MSBuild repeats each one in its summary).</summary>
    public static IReadOnlyList<BuildDiagnostic> ParseAll(string output) =>
        output.Split('\n')
            .Select(line => line.TrimEnd('\r').Trim())
            .Where(line => TlMention().IsMatch(line))
            .Distinct(StringComparer.Ordinal)
            .Select(Parse)
            .ToList();

    public static BuildDiagnostic Parse(string line)
    {
        var match = LinePattern().Match(line);
        if (!match.Success)
        {
            throw new FormatException($"A TL diagnostic is not in the 'path(line,col): severity TLxxxx: message (help) [project]' shape: {line}");
        }

        return new BuildDiagnostic(
            match.Groups["path"].Value,
            int.Parse(match.Groups["line"].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups["column"].Value, CultureInfo.InvariantCulture),
            ExpectedDiagnostic.ParseSeverity(match.Groups["severity"].Value),
            match.Groups["id"].Value,
            match.Groups["message"].Value,
            match.Groups["help"].Value,
            match.Groups["project"].Value);
    }

    public override string ToString() => $"{Path}({Line},{Column}): {Severity} {Id}: {Message}";

    [GeneratedRegex(@"\b(error|warning|info) TL[0-9]{4}:")]
    private static partial Regex TlMention();

    [GeneratedRegex(@"^(?<path>.+?)\((?<line>[0-9]+),(?<column>[0-9]+)\): (?<severity>error|warning|info) (?<id>TL[0-9]{4}): (?<message>.+) \((?<help>[a-z]+:[^ ()]+)\) \[(?<project>[^\]]+)\]$")]
    private static partial Regex LinePattern();
}
