using System.Collections.Generic;
using System.Globalization;
using System.Text;
using TechLead.Fitness.Evaluation;
using TechLead.Rules.Model;

namespace TechLead.Fitness.Cases;

/// <summary>
/// The failure text of a rule case, readable in the <c>dotnet test</c> console and CI logs:
/// <code>
/// ADR-0007/domain-no-infra: 3 violation(s) — Domain stays persistence-ignorant
/// ADR: https://github.com/acme/shop/blob/main/docs/adr/0007-domain.md#domain-no-infra
///   [ADR-0007] 'Shop.Domain.Order' must not depend on ... (rule domain-no-infra: ...)
/// 3 violation(s) of ADR-0007/domain-no-infra
/// </code>
/// </summary>
internal static class FailureReport
{
    public static string Format(Rule rule, IReadOnlyList<AssemblyViolation> violations, int hidden, string link)
    {
        var count = violations.Count.ToString(CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        text.Append(rule.QualifiedId).Append(": ").Append(count).Append(" violation(s) — ").Append(rule.Reason).AppendLine();
        text.Append("ADR: ").Append(link).AppendLine();
        if (rule.Adr.FrontMatter.Owners.Count > 0)
        {
            text.Append("Owners: ").Append(string.Join(", ", rule.Adr.FrontMatter.Owners)).AppendLine();
        }

        foreach (var violation in violations)
        {
            text.Append("  ").Append(violation.ReportLine).AppendLine();
        }

        text.Append(count).Append(" violation(s) of ").Append(rule.QualifiedId);
        if (hidden > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $" ({hidden} more hidden by the baseline)");
        }

        return text.ToString();
    }
}
