using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using TechLead.Cli.Infrastructure;
using TechLead.Rules;
using TechLead.Rules.Baselines;
using TechLead.Rules.Model;

namespace TechLead.Cli.Baselines;

/// <summary>Reads and writes <c>techlead.baseline.json</c> (spec section 7).</summary>
internal static class BaselineFile
{
    public const string DefaultName = "techlead.baseline.json";

    private static readonly JsonWriterOptions Indented = new() { Indented = true };

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

    /// <summary>The file's text: version 1, entries ordered by adr, rule, from, to (ordinal), fields in spec order.</summary>
    public static string Serialize(IEnumerable<BaselineEntry> entries)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Indented))
        {
            json.WriteStartObject();
            json.WriteNumber("version", 1);
            json.WriteStartArray("entries");
            foreach (var entry in entries.OrderBy(e => e.Adr, StringComparer.Ordinal).ThenBy(e => e.Rule, StringComparer.Ordinal).ThenBy(e => e.From, StringComparer.Ordinal).ThenBy(e => e.To, StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("adr", entry.Adr);
                json.WriteString("rule", entry.Rule);
                json.WriteString("from", entry.From);
                json.WriteString("to", entry.To);
                json.WriteNumber("count", entry.Count);
                WriteOptional(json, "reason", entry.Reason);
                WriteOptional(json, "owner", entry.Owner);
                WriteOptional(json, "expires", entry.Expires);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message.Substring(0, end) : message.TrimEnd('.');
    }
}
