using TechLead.Rules.Parsing.Kinds;

namespace TechLead.Rules.Model;

/// <summary>One row of <see cref="RuleKinds"/>: everything TechLead needs to know about a rule kind.</summary>
public sealed class RuleKindInfo
{
    internal RuleKindInfo(string name, KindReader reader, RuleCheck check, DiagnosticInfo diagnostic, RuleEngines engines, bool baselinable)
    {
        Kind = reader.Kind;
        Name = name;
        Reader = reader;
        Check = check;
        Diagnostic = diagnostic;
        Engines = engines;
        Baselinable = baselinable;
    }

    public RuleKind Kind { get; }

    /// <summary>The YAML spelling, e.g. <c>allow-only</c>.</summary>
    public string Name { get; }

    /// <summary>Which entry point of the rule core evaluates the kind.</summary>
    public RuleCheck Check { get; }

    /// <summary>The diagnostic that reports the kind's violations (kinds may share one: must-inherit, must-implement).</summary>
    public DiagnosticInfo Diagnostic { get; }

    /// <summary>The fitness engines that can check the kind (the analyzer checks every kind).</summary>
    public RuleEngines Engines { get; }

    /// <summary>Whether a violation can be recorded in the baseline (the "Add to baseline" fix, <c>techlead baseline create</c>).</summary>
    public bool Baselinable { get; }

    /// <summary>Reads and compiles the kind's own fields.</summary>
    internal KindReader Reader { get; }

    public override string ToString() => Name;
}
