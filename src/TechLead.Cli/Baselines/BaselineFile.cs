using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using TechLead.Cli.Infrastructure;
using TechLead.Rules;
using TechLead.Rules.Baselines;
using TechLead.Rules.Model;

namespace TechLead.Cli.Baselines;

/// <summary>Reads <c>techlead.baseline.json</c> (docs/adr-format.md#baseline) from disk; the text is written by <see cref="BaselineWriter"/>.</summary>
internal static class BaselineFile
{
    public const string DefaultName = RepositoryLayout.BaselineFileName;

    /// <summary>Reads a baseline; a file that is not JSON or not a baseline is bad input (exit 2), never a crash.</summary>
    public static Baseline Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (IOException e)
        {
            throw new BadInputException($"cannot read baseline {PathDisplay.Relative(path)}: {e.Message}", e);
        }

        var problems = new List<AdrDiagnostic>();
        var baseline = ParseInto(path, text, problems);
        var first = problems.FirstOrDefault(p => p.Severity == RuleSeverity.Error);
        return first is null
            ? baseline
            : throw new BadInputException($"{PathDisplay.Relative(path)}({first.Span.DisplayLine},{first.Span.DisplayColumn}): {first.Message}");
    }

    /// <summary>Parses a baseline's text, adding TL9001 for text that is not JSON and the core's problems for the rest.</summary>
    public static Baseline ParseInto(string path, string text, List<AdrDiagnostic> problems)
    {
        try
        {
            using var _ = JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0);
            var column = (int)(e.BytePositionInLine ?? 0);
            problems.Add(new AdrDiagnostic(
                DiagnosticIds.AdrUnreadable,
                $"baseline is not valid JSON ({FirstSentence(e.Message)}); recreate it with 'techlead baseline create --force'",
                path,
                new SourceSpan(0, 0, line, column, line, column),
                RuleSeverity.Error));
            return Baseline.Empty;
        }

        return Baseline.Parse(path, text, problems);
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message.Substring(0, end) : message.TrimEnd('.');
    }
}
