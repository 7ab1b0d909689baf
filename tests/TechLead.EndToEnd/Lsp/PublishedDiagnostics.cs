using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace TechLead.EndToEnd.Lsp;

/// <summary>Zero-based LSP range (line, UTF-16 character).</summary>
internal sealed record LspRange(int StartLine, int StartCharacter, int EndLine, int EndCharacter)
{
    public override string ToString() => $"({StartLine},{StartCharacter})-({EndLine},{EndCharacter})";

    public static LspRange Parse(JsonElement range)
    {
        var start = range.GetProperty("start");
        var end = range.GetProperty("end");
        return new LspRange(
            start.GetProperty("line").GetInt32(),
            start.GetProperty("character").GetInt32(),
            end.GetProperty("line").GetInt32(),
            end.GetProperty("character").GetInt32());
    }
}

/// <summary>One LSP <c>Diagnostic</c>, with the fields our assertions need.</summary>
internal sealed record LspDiagnostic(LspRange Range, int? Severity, string? Code, Uri? CodeDescriptionHref, string? Source, string Message)
{
    public override string ToString() => $"{Code} {Range} severity={Severity} href={CodeDescriptionHref} '{Message}'";

    public static LspDiagnostic Parse(JsonElement diagnostic)
    {
        string? code = null;
        if (diagnostic.TryGetProperty("code", out var codeElement))
        {
            code = codeElement.ValueKind == JsonValueKind.Number ? codeElement.GetRawText() : codeElement.GetString();
        }

        Uri? href = null;
        if (diagnostic.TryGetProperty("codeDescription", out var description) && description.ValueKind == JsonValueKind.Object)
        {
            href = new Uri(description.GetProperty("href").GetString()!, UriKind.Absolute);
        }

        return new LspDiagnostic(
            LspRange.Parse(diagnostic.GetProperty("range")),
            diagnostic.TryGetProperty("severity", out var severity) && severity.ValueKind == JsonValueKind.Number ? severity.GetInt32() : null,
            code,
            href,
            diagnostic.TryGetProperty("source", out var source) ? source.GetString() : null,
            diagnostic.GetProperty("message").GetString() ?? string.Empty);
    }
}

/// <summary>The parameters of one <c>textDocument/publishDiagnostics</c> notification.</summary>
internal sealed record PublishedDiagnostics(Uri Uri, int? Version, IReadOnlyList<LspDiagnostic> Diagnostics)
{
    public IEnumerable<LspDiagnostic> WithCode(string code) => Diagnostics.Where(d => d.Code == code);

    public override string ToString() =>
        $"{Uri} v{Version?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}: [{string.Join("; ", Diagnostics)}]";

    public static PublishedDiagnostics Parse(JsonElement parameters) =>
        new(
            new Uri(parameters.GetProperty("uri").GetString()!, UriKind.Absolute),
            parameters.TryGetProperty("version", out var version) && version.ValueKind == JsonValueKind.Number ? version.GetInt32() : null,
            parameters.GetProperty("diagnostics").EnumerateArray().Select(LspDiagnostic.Parse).ToList());
}
