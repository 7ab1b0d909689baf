using System;
using System.Collections.Generic;

namespace TechLead.Rules.Model;

/// <summary>Maps rule kinds to their YAML spelling and to the diagnostic that reports them.</summary>
public static class RuleKinds
{
    private static readonly (RuleKind Kind, string Name, string DiagnosticId)[] Table =
    [
        (RuleKind.Layers, "layers", DiagnosticIds.LayerViolation),
        (RuleKind.Forbid, "forbid", DiagnosticIds.ForbiddenDependency),
        (RuleKind.AllowOnly, "allow-only", DiagnosticIds.DependencyOutsideAllowList),
        (RuleKind.Independent, "independent", DiagnosticIds.ModuleIndependenceViolated),
        (RuleKind.Acyclic, "acyclic", DiagnosticIds.DependencyCycle),
        (RuleKind.BannedApi, "banned-api", DiagnosticIds.BannedApi),
        (RuleKind.Naming, "naming", DiagnosticIds.NamingViolation),
        (RuleKind.MustInherit, "must-inherit", DiagnosticIds.InheritanceViolation),
        (RuleKind.MustImplement, "must-implement", DiagnosticIds.InheritanceViolation),
        (RuleKind.Attributes, "attributes", DiagnosticIds.AttributeViolation),
        (RuleKind.Modifiers, "modifiers", DiagnosticIds.ModifierViolation),
        (RuleKind.Placement, "placement", DiagnosticIds.PlacementViolation),
        (RuleKind.Vocabulary, "vocabulary", DiagnosticIds.VocabularyViolation),
    ];

    /// <summary>Every kind's YAML name, in spec order.</summary>
    public static IReadOnlyList<string> Names { get; } = Array.ConvertAll(Table, row => row.Name);

    /// <summary>The YAML spelling of a kind, e.g. <c>allow-only</c>.</summary>
    public static string GetName(RuleKind kind) => Table[(int)kind].Name;

    /// <summary>The diagnostic ID that reports violations of a kind.</summary>
    public static string GetDiagnosticId(RuleKind kind) => Table[(int)kind].DiagnosticId;

    /// <summary>Parses a kind's YAML spelling (exact, lower case).</summary>
    public static bool TryParse(string name, out RuleKind kind)
    {
        foreach (var row in Table)
        {
            if (string.Equals(row.Name, name, StringComparison.Ordinal))
            {
                kind = row.Kind;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
