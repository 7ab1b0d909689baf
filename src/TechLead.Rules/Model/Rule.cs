namespace TechLead.Rules.Model;

/// <summary>A machine-readable rule of an ADR. Subclasses hold each kind's compiled fields.</summary>
public abstract class Rule
{
    private protected Rule(RuleHeader header)
    {
        Id = header.Id;
        Kind = header.Kind;
        DeclaredSeverity = header.Severity;
        Because = header.Because;
        Examples = header.Examples;
        Span = header.Span;
    }

    /// <summary>Unique within its ADR: <c>[a-z0-9][a-z0-9-]*</c>.</summary>
    public string Id { get; }

    public RuleKind Kind { get; }

    /// <summary>The <c>severity:</c> written on the rule, if any.</summary>
    public RuleSeverity? DeclaredSeverity { get; }

    /// <summary>One sentence saying why; shown in every message.</summary>
    public string? Because { get; }

    public RuleExamples? Examples { get; }

    /// <summary>Where the rule was written in the ADR file (its <c>id</c> value).</summary>
    public SourceSpan Span { get; }

    /// <summary>The ADR that holds the rule.</summary>
    public AdrDocument Adr { get; internal set; } = null!;

    /// <summary>The diagnostic that reports this rule's violations.</summary>
    public string DiagnosticId => RuleKinds.GetDiagnosticId(Kind);

    /// <summary>What messages say after the rule id: the rule's <c>because</c>, else the ADR title.</summary>
    public string Reason => Because ?? Adr.Title;

    /// <summary>Severity after applying the ADR's status (docs/adr-format.md).</summary>
    public RuleSeverity EffectiveSeverity => LifecycleSeverity.Effective(Adr.Status, DeclaredSeverity);

    /// <summary><c>ADR-0007/domain-no-infra</c>: how tests, baselines and reports name the rule.</summary>
    public string QualifiedId => Adr.Id + "/" + Id;

    public override string ToString() => QualifiedId;
}

/// <summary>The fields every rule kind shares, gathered before the kind-specific part is compiled.</summary>
public readonly record struct RuleHeader(string Id, RuleKind Kind, RuleSeverity? Severity, string? Because, RuleExamples? Examples, SourceSpan Span);

/// <summary>The self-test snippets of a rule: C# that must violate it and C# that must not.</summary>
public sealed record RuleExamples(string? Violating, string? Compliant);
