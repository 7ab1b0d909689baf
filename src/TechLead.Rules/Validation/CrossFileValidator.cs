using System;
using System.Collections.Generic;
using System.Linq;
using TechLead.Rules.Model;

namespace TechLead.Rules.Validation;

/// <summary>
/// Checks that need every ADR at once: duplicate ids (TL9003), supersession (TL9005) and the
/// decision framework (TL9002). Returns the ADRs that keep their id (the first of each duplicate, in path order).
/// </summary>
internal static class CrossFileValidator
{
    public static List<AdrDocument> Validate(IReadOnlyList<AdrDocument> documents, List<AdrDiagnostic> diagnostics)
    {
        var unique = new List<AdrDocument>(documents.Count);
        var byId = new Dictionary<string, AdrDocument>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            if (byId.TryGetValue(document.Id, out var first))
            {
                diagnostics.Add(new AdrDiagnostic(DiagnosticIds.DuplicateId, $"duplicate ADR id '{document.Id}' (also in {first.Path}); give each ADR its own id, e.g. the next free number", document.Path, document.FrontMatter.IdSpan, RuleSeverity.Error)
                {
                    RelatedPath = first.Path,
                    RelatedSpan = first.FrontMatter.IdSpan,
                });
                continue;
            }

            byId.Add(document.Id, document);
            unique.Add(document);
            CheckDecisionFramework(document, diagnostics);
        }

        foreach (var document in unique)
        {
            CheckSupersession(document, byId, diagnostics);
        }

        CheckSupersessionCycles(unique, diagnostics);
        return unique;
    }

    private static void CheckDecisionFramework(AdrDocument document, List<AdrDiagnostic> diagnostics)
    {
        var front = document.FrontMatter;
        if (front.Category != AdrCategory.OneWayDoor)
        {
            return;
        }

        if (front.DecisionMakers.Count == 0)
        {
            diagnostics.Add(new AdrDiagnostic(DiagnosticIds.InvalidRule, $"{document.Id} is a one-way-door decision but names no decision-makers; add 'decision-makers: [Name]'", document.Path, front.CategorySpan, RuleSeverity.Error));
        }

        if (!document.HasRulesSection && front.ManualEnforcement is null)
        {
            diagnostics.Add(new AdrDiagnostic(DiagnosticIds.InvalidRule, $"{document.Id} is a one-way-door decision without enforcement; add at least one rule or 'enforcement: \"manual: <how it is checked>\"'", document.Path, front.CategorySpan, RuleSeverity.Error));
        }
    }

    private static void CheckSupersession(AdrDocument document, Dictionary<string, AdrDocument> byId, List<AdrDiagnostic> diagnostics)
    {
        var front = document.FrontMatter;
        if (document.Status == AdrStatus.Superseded && string.IsNullOrEmpty(front.SupersededBy))
        {
            diagnostics.Add(Broken(document, front.StatusSpan, $"{document.Id} is superseded but has no 'superseded-by'; add 'superseded-by: ADR-xxxx' naming the decision that replaces it"));
        }

        if (front.SupersededBy is { Length: > 0 } successor && !byId.ContainsKey(successor))
        {
            diagnostics.Add(Broken(document, front.SupersededBySpan, $"superseded-by '{successor}' does not exist; name an existing ADR id"));
        }

        foreach (var target in front.Supersedes)
        {
            if (!byId.ContainsKey(target))
            {
                diagnostics.Add(Broken(document, front.SupersedesSpan, $"supersedes '{target}' which does not exist; name an existing ADR id"));
            }
        }
    }

    /// <summary>Edges "X is replaced by Y" from both <c>superseded-by</c> and <c>supersedes</c>; any cycle is reported once.</summary>
    private static void CheckSupersessionCycles(List<AdrDocument> documents, List<AdrDiagnostic> diagnostics)
    {
        var byId = documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var successors = documents.ToDictionary(d => d.Id, _ => new SortedSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var document in documents)
        {
            if (document.FrontMatter.SupersededBy is { } by && byId.ContainsKey(by) && by != document.Id)
            {
                successors[document.Id].Add(by);
            }

            foreach (var old in document.FrontMatter.Supersedes)
            {
                if (byId.ContainsKey(old) && old != document.Id)
                {
                    successors[old].Add(document.Id);
                }
            }

            if (document.FrontMatter.SupersededBy == document.Id || document.FrontMatter.Supersedes.Contains(document.Id))
            {
                diagnostics.Add(Broken(document, document.FrontMatter.SupersededBySpan, $"{document.Id} supersedes itself; name a different ADR"));
            }
        }

        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new List<string>();
        foreach (var document in documents)
        {
            Visit(document.Id);
        }

        void Visit(string id)
        {
            state[id] = 1;
            stack.Add(id);
            foreach (var next in successors[id])
            {
                state.TryGetValue(next, out var nextState);
                if (nextState == 1)
                {
                    var cycle = stack.Skip(stack.IndexOf(next)).Append(next);
                    var at = byId[id];
                    diagnostics.Add(Broken(at, at.FrontMatter.SupersededBySpan, $"supersession cycle {string.Join(" -> ", cycle)}; a decision cannot be replaced by one it replaced"));
                }
                else if (nextState == 0)
                {
                    Visit(next);
                }
            }

            stack.RemoveAt(stack.Count - 1);
            state[id] = 2;
        }
    }

    private static AdrDiagnostic Broken(AdrDocument document, SourceSpan span, string message) =>
        new(DiagnosticIds.BrokenSupersession, message, document.Path, span, RuleSeverity.Warning);
}
