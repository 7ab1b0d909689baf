using System;
using System.Collections.Generic;
using TechLead.Rules.Model;

namespace TechLead.Cli.Checking;

/// <summary>
/// One reported problem, engine-neutral: a rule violation (TL0xxx, from the analyzer) or a problem in
/// an ADR or baseline file (TL9xxx). Lines and columns are one-based.
/// </summary>
internal sealed record Finding(string Id, RuleSeverity Severity, string Message, string Path, int Line, int Column)
{
    public int EndLine { get; init; }

    public int EndColumn { get; init; }

    public string? HelpUri { get; init; }

    /// <summary>The ADR id (<c>adr</c> property); for TL9xxx the ADR whose file has the problem, when known.</summary>
    public string? Adr { get; init; }

    public string? Rule { get; init; }

    public string? AdrPath { get; init; }

    /// <summary>The ADR's <c>owners</c> (who to ask about the decision).</summary>
    public IReadOnlyList<string> Owners { get; init; } = [];

    /// <summary>Who owns the violating file by the repository's CODEOWNERS (empty: no file, or no line owns it; rules/0024).</summary>
    public IReadOnlyList<string> CodeOwners { get; init; } = [];

    /// <summary>The baseline's <c>from</c>: doc-comment ID of the violating type (or declared symbol).</summary>
    public string? From { get; init; }

    /// <summary>The baseline's <c>to</c>: the depended-on type or banned symbol; empty for type-level rules.</summary>
    public string? To { get; init; }

    /// <summary>The project whose compilation reported it (null for TL9xxx).</summary>
    public string? Project { get; init; }

    /// <summary>The namespace the violating code is in (null for TL9xxx).</summary>
    public string? Namespace { get; init; }

    /// <summary>An unexpired baseline entry covers it: shown as suppressed, never fails the run.</summary>
    public bool Baselined { get; init; }

    /// <summary>TL9xxx: a problem with the decision files themselves, not with the code.</summary>
    public bool IsFileProblem => Id.StartsWith("TL9", StringComparison.Ordinal);

    /// <summary>Counts towards exit code 1.</summary>
    public bool Fails => Severity == RuleSeverity.Error && !Baselined;

    /// <summary>Output order: ADR, file, position, id, message (ordinal) so every format is stable.</summary>
    public static int Compare(Finding a, Finding b)
    {
        var result = string.CompareOrdinal(a.Adr ?? "\uffff", b.Adr ?? "\uffff");
        result = result != 0 ? result : string.CompareOrdinal(a.Path, b.Path);
        result = result != 0 ? result : a.Line.CompareTo(b.Line);
        result = result != 0 ? result : a.Column.CompareTo(b.Column);
        result = result != 0 ? result : string.CompareOrdinal(a.Id, b.Id);
        return result != 0 ? result : string.CompareOrdinal(a.Message, b.Message);
    }

    /// <summary>A TL9xxx problem from the rule core.</summary>
    /// <param name="diagnostic">The problem.</param>
    /// <param name="adr">The id of the ADR it is in, if any.</param>
    /// <param name="severity">The severity it counts at; default its own (an ADR set's problems: <c>AdrSet.BuildSeverity</c>).</param>
    public static Finding FromAdrDiagnostic(AdrDiagnostic diagnostic, string? adr, RuleSeverity? severity = null) =>
        new(diagnostic.Id, severity ?? diagnostic.Severity, diagnostic.Message, diagnostic.Path, diagnostic.Span.DisplayLine, diagnostic.Span.DisplayColumn)
        {
            EndLine = diagnostic.Span.EndLine + 1,
            EndColumn = diagnostic.Span.EndColumn + 1,
            Adr = adr,
            AdrPath = adr is null ? null : diagnostic.Path,
        };
}
