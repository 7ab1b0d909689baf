using System.Collections.Generic;
using TechLead.Rules.Model;

namespace TechLead.Rules.Diagrams;

/// <summary>
/// Drift the other way round: what a diagram draws that the code does not have. An arrow no dependency follows is
/// TL9007 (info: a build never fails on it); a component whose selector matches no type of the code is TL9002 as a
/// warning (the analyzer sees one project at a time and cannot tell, so the build does not fail on it either).
/// Both are reported in the ADR file, at the arrow's line and at the component's key.
/// </summary>
public static class DiagramDrift
{
    public static IReadOnlyList<AdrDiagnostic> Find(IEnumerable<DiagramRule> rules, DiagramUsage usage)
    {
        var problems = new List<AdrDiagnostic>();
        foreach (var rule in rules)
        {
            var empty = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var component in rule.Components)
            {
                if (!usage.HasTypes(rule, component))
                {
                    empty.Add(component.Name);
                    problems.Add(new AdrDiagnostic(DiagnosticIds.InvalidRule, $"rule '{rule.Id}': component '{component.Name}' ({component.Types.Text}) matches no type of the code; fix its selector, or remove the node if the component is gone", component.SpanPath ?? rule.Adr.Path, component.Span, RuleSeverity.Warning));
                }
            }

            foreach (var use in usage.Arrows(rule))
            {
                if (use.Count == 0)
                {
                    problems.Add(new AdrDiagnostic(DiagnosticIds.UnusedDiagramArrow, $"rule '{rule.Id}': no dependency in the code follows the arrow {use.Arrow} of diagram '{rule.Diagram.Id}'; remove the arrow when the dependency is gone for good, so the diagram stays true", rule.Diagram.PathIn(rule.Adr.Path), use.Arrow.Span, RuleSeverity.Info));
                }
            }
        }

        return problems;
    }
}
