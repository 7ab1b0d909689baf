using System.Collections.Generic;

namespace TechLead.Fitness.Evaluation;

/// <summary>An engine's verdict on one rule: the violations (sorted) and problems that prevented a full check.</summary>
internal sealed record RuleResult(IReadOnlyList<AssemblyViolation> Violations, IReadOnlyList<string> Problems)
{
    public static RuleResult Of(List<AssemblyViolation> violations, List<string>? problems = null)
    {
        violations.Sort((a, b) => string.CompareOrdinal(a.ReportLine, b.ReportLine));
        return new RuleResult(violations, problems ?? []);
    }
}
