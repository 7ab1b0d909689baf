using System;

namespace TechLead.EndToEnd.Shop;

/// <summary>Severity as the build and SARIF name it (<c>error</c>, <c>warning</c>, <c>info</c>/<c>note</c>).</summary>
internal enum BuildSeverity
{
    Info,
    Warning,
    Error,
}

/// <summary>
/// One diagnostic a marker comment promises: where (path relative to the Shop root with '/' separators, 1-based line),
/// which rule, which TL ID and severity, and the ADR file the help link must point at.
/// </summary>
internal sealed record ExpectedDiagnostic(string File, int Line, string AdrId, string RuleId, string DiagnosticId, BuildSeverity Severity, string AdrFile)
{
    /// <summary>The identity tests compare: where and which rule, not the message text.</summary>
    public string Key => $"{File}({Line}) {DiagnosticId} {AdrId}/{RuleId}";

    public override string ToString() => $"{Key} {Severity}";

    public static string KeyOf(string file, int line, string diagnosticId, string adrId, string ruleId) =>
        $"{file}({line}) {diagnosticId} {adrId}/{ruleId}";

    public static BuildSeverity ParseSeverity(string text) => text switch
    {
        "error" => BuildSeverity.Error,
        "warning" => BuildSeverity.Warning,
        "info" or "note" => BuildSeverity.Info,
        _ => throw new FormatException($"Unknown severity '{text}'."),
    };
}
