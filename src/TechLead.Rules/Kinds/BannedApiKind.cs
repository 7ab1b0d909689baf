using System.Collections.Generic;
using TechLead.Rules.Parsing;
using TechLead.Rules.Parsing.Kinds;
using TechLead.Rules.Parsing.Yaml;
using TechLead.Rules.Selectors;

namespace TechLead.Rules.Model;

/// <summary><c>banned-api</c>: the listed symbols must not be used (where <see cref="In"/> selects, if given).</summary>
public sealed class BannedApiRule(RuleHeader header, IReadOnlyList<BannedApi> apis, TypeSelector? @in) : Rule(header)
{
    public IReadOnlyList<BannedApi> Apis { get; } = apis;

    /// <summary>Where the ban applies; null means everywhere.</summary>
    public TypeSelector? In { get; } = @in;

    internal static DiagnosticInfo Diagnostic { get; } = DiagnosticInfo.Violation(DiagnosticIds.BannedApi, "Banned API used", "Code uses an API an ADR bans (banned-api rule).");
}

/// <summary>One banned symbol, by documentation-comment ID.</summary>
public sealed record BannedApi(DocumentationId Symbol, string? UseInstead, string? Because, RuleSeverity? Severity, SourceSpan Span);

/// <summary>
/// <c>banned-api</c>: symbols no code in <c>in</c> may use. A bad entry is reported at the entry and skipped,
/// so one typo does not lift the other bans.
/// </summary>
internal sealed class BannedApiReader() : KindReader(
    RuleKind.BannedApi,
    KindField.Required("apis", "[{ symbol: 'P:System.DateTime.Now', use-instead: 'M:System.TimeProvider.GetUtcNow' }]"),
    KindField.Optional("in"))
{
    private static readonly string[] EntryFields = ["symbol", "use-instead", "because", "severity"];

    public override Rule? Read(RuleHeader header, FieldReader fields)
    {
        var sequence = fields.NonEmptyList("apis", "{ symbol, use-instead?, because?, severity? }");
        var scope = Selector(fields, "in", ListItems.Skip);
        if (sequence is null)
        {
            return null;
        }

        var apis = Entries(sequence, fields, ReadEntry);
        return apis is null ? null : new BannedApiRule(header, apis, scope);
    }

    private static BannedApi? ReadEntry(YamlNode item, FieldReader fields)
    {
        var entry = item is YamlMapping mapping ? new FieldReader(mapping, fields.Context, fields.Owner + ": apis", EntryFields) : null;
        entry?.ReportUnknownFields();
        var symbolNode = entry is null ? item : entry.Required("symbol", "'P:System.DateTime.Now'");
        if (symbolNode is not YamlScalar { IsNull: false } symbol)
        {
            fields.ForItem().Error(item.Span, "apis: each entry needs 'symbol: <doc-comment ID>', e.g. \"- symbol: 'P:System.DateTime.Now'\"");
            return null;
        }

        if (!DocumentationId.TryParse(symbol.Value, out var id, out var error))
        {
            fields.ForItem().Error(symbol.Span, "apis: " + error);
            return null;
        }

        var useInstead = entry?.String("use-instead", "'M:System.TimeProvider.GetUtcNow'");
        var because = entry?.String("because", "Tests need a controllable clock");
        var severity = entry is null ? null : SeverityReader.Read(entry, entry.Node("severity"));
        return entry is { HasErrors: true } ? null : new BannedApi(id, useInstead, because, severity, symbol.Span);
    }
}
