using System;
using System.Collections.Generic;
using TechLead.Rules.Model;

namespace TechLead.Rules;

/// <summary>
/// Every diagnostic TechLead reports: the rule kinds' (<see cref="RuleKinds.Diagnostics"/>) followed by the TL9xxx
/// (<see cref="AdrProblemDiagnostics"/>). The analyzer's descriptors and the CLI's SARIF rule metadata are built from it.
/// </summary>
public static class DiagnosticCatalog
{
    private static readonly Dictionary<string, DiagnosticInfo> ById = Index();

    /// <summary>In ID order: TL0xxx in kind order, then TL9xxx.</summary>
    public static IReadOnlyList<DiagnosticInfo> All { get; } = [.. RuleKinds.Diagnostics, .. AdrProblemDiagnostics.All];

    /// <summary>The diagnostic of an ID, or null when the ID is not TechLead's.</summary>
    public static DiagnosticInfo? Find(string id) => ById.TryGetValue(id, out var info) ? info : null;

    private static Dictionary<string, DiagnosticInfo> Index()
    {
        var byId = new Dictionary<string, DiagnosticInfo>(StringComparer.Ordinal);
        foreach (var info in RuleKinds.Diagnostics)
        {
            byId.Add(info.Id, info);
        }

        foreach (var info in AdrProblemDiagnostics.All)
        {
            byId.Add(info.Id, info);
        }

        return byId;
    }
}
