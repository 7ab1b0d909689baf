using TechLead.Rules.Model;

namespace TechLead.Rules;

/// <summary>
/// What every engine and output says about one diagnostic ID: its title (analyzer descriptor, SARIF rule metadata,
/// docs/diagnostics page heading), a one-sentence description, its category and default severity. Declared once, in
/// <see cref="RuleKinds"/> for the IDs that report rule kinds and in <see cref="AdrProblemDiagnostics"/> for TL9xxx.
/// </summary>
public sealed class DiagnosticInfo
{
    /// <summary>The category of the IDs that report code breaking a rule (TL0xxx).</summary>
    public const string Architecture = "Architecture";

    /// <summary>The category of the IDs that report ADR files, rules or baselines TechLead cannot use (TL9xxx).</summary>
    public const string AdrValidation = "AdrValidation";

    internal DiagnosticInfo(string id, string title, string description, string category, RuleSeverity defaultSeverity, bool reportedAtCompilationEnd)
    {
        Id = id;
        Title = title;
        Description = description;
        Category = category;
        DefaultSeverity = defaultSeverity;
        ReportedAtCompilationEnd = reportedAtCompilationEnd;
    }

    /// <summary>One of the <see cref="DiagnosticIds"/> constants.</summary>
    public string Id { get; }

    public string Title { get; }

    public string Description { get; }

    /// <summary><see cref="Architecture"/> or <see cref="AdrValidation"/>.</summary>
    public string Category { get; }

    /// <summary>The descriptor's default; a violation is reported at its rule's severity instead.</summary>
    public RuleSeverity DefaultSeverity { get; }

    /// <summary>Reported only once the whole compilation was seen (the analyzer's <c>CompilationEnd</c> tag).</summary>
    public bool ReportedAtCompilationEnd { get; }

    /// <summary>A diagnostic that reports violations of one or more rule kinds (TL0xxx).</summary>
    internal static DiagnosticInfo Violation(string id, string title, string description, bool reportedAtCompilationEnd = false) =>
        new(id, title, description, Architecture, RuleSeverity.Error, reportedAtCompilationEnd);

    /// <summary>A problem in an ADR file, a rule or the baseline (TL9xxx); always reported at compilation end.</summary>
    internal static DiagnosticInfo AdrProblem(string id, string title, string description, RuleSeverity defaultSeverity) =>
        new(id, title, description, AdrValidation, defaultSeverity, reportedAtCompilationEnd: true);

    public override string ToString() => Id + ": " + Title;
}
