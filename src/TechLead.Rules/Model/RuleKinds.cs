using System;
using System.Collections.Generic;
using TechLead.Rules.Parsing.Kinds;

namespace TechLead.Rules.Model;

/// <summary>
/// The rule kinds, each declared once: YAML name, reader, how it is evaluated, the diagnostic that reports it (ID, title, description),
/// the engines that check it and whether its violations can be baselined. Analyzer descriptors, the code fix's IDs,
/// the fitness engines' kinds and the CLI's SARIF rule metadata are derived from it; meta-tests compare the files
/// that cannot be derived (release tracking, docs/diagnostics, docs/adr-format.md, schemas) with it.
/// Adding a kind: docs/contributing.md.
/// </summary>
public static class RuleKinds
{
    private static readonly DiagnosticInfo LayerViolation = DiagnosticInfo.Violation(DiagnosticIds.LayerViolation, "Layer violation", "A type depends on a layer it must not use (layers rule of an ADR).");
    private static readonly DiagnosticInfo ForbiddenDependency = DiagnosticInfo.Violation(DiagnosticIds.ForbiddenDependency, "Forbidden dependency", "A type depends on types an ADR forbids it to use (forbid rule).");
    private static readonly DiagnosticInfo DependencyOutsideAllowList = DiagnosticInfo.Violation(DiagnosticIds.DependencyOutsideAllowList, "Dependency outside allow-list", "A type depends on a type outside the allow-list of an ADR (allow-only rule).");
    private static readonly DiagnosticInfo ModuleIndependenceViolated = DiagnosticInfo.Violation(DiagnosticIds.ModuleIndependenceViolated, "Module independence violated", "A module depends on another module an ADR declares independent (independent rule).");
    private static readonly DiagnosticInfo DependencyCycle = DiagnosticInfo.Violation(DiagnosticIds.DependencyCycle, "Dependency cycle between slices", "A reference closes a dependency cycle between slices (acyclic rule).", reportedAtCompilationEnd: true);
    private static readonly DiagnosticInfo BannedApi = DiagnosticInfo.Violation(DiagnosticIds.BannedApi, "Banned API used", "Code uses an API an ADR bans (banned-api rule).");
    private static readonly DiagnosticInfo NamingViolation = DiagnosticInfo.Violation(DiagnosticIds.NamingViolation, "Naming pattern violated", "A type's name does not match the pattern an ADR requires (naming rule).");
    private static readonly DiagnosticInfo InheritanceViolation = DiagnosticInfo.Violation(DiagnosticIds.InheritanceViolation, "Required base type or interface missing", "A type does not inherit or implement what an ADR requires (must-inherit / must-implement rule).");
    private static readonly DiagnosticInfo AttributeViolation = DiagnosticInfo.Violation(DiagnosticIds.AttributeViolation, "Attribute rule violated", "A type lacks a required attribute or carries a forbidden one (attributes rule).");
    private static readonly DiagnosticInfo ModifierViolation = DiagnosticInfo.Violation(DiagnosticIds.ModifierViolation, "Modifier rule violated", "A type lacks a modifier or visibility an ADR requires (modifiers rule).");
    private static readonly DiagnosticInfo PlacementViolation = DiagnosticInfo.Violation(DiagnosticIds.PlacementViolation, "Type outside its namespace", "A type resides outside the namespace an ADR assigns it (placement rule).");
    private static readonly DiagnosticInfo VocabularyViolation = DiagnosticInfo.Violation(DiagnosticIds.VocabularyViolation, "Banned synonym in a name", "A declared name uses a synonym the shared vocabulary replaces (vocabulary rule).");

    private static readonly RuleKindInfo[] Rows =
    [
        new("layers", new LayersReader(), RuleCheck.PairwiseDependency, LayerViolation, RuleEngines.ArchUnitNet, baselinable: true),
        new("forbid", new ForbidReader(), RuleCheck.PairwiseDependency, ForbiddenDependency, RuleEngines.All, baselinable: true),
        new("allow-only", new AllowOnlyReader(), RuleCheck.PairwiseDependency, DependencyOutsideAllowList, RuleEngines.All, baselinable: true),
        new("independent", new IndependentReader(), RuleCheck.PairwiseDependency, ModuleIndependenceViolated, RuleEngines.ArchUnitNet, baselinable: true),
        new("acyclic", new AcyclicReader(), RuleCheck.DependencyCycle, DependencyCycle, RuleEngines.ArchUnitNet, baselinable: true),
        new("banned-api", new BannedApiReader(), RuleCheck.ApiUse, BannedApi, RuleEngines.ArchUnitNet, baselinable: true),
        new("naming", new NamingReader(), RuleCheck.TypeShape, NamingViolation, RuleEngines.All, baselinable: true),
        new("must-inherit", new InheritanceReader(RuleKind.MustInherit), RuleCheck.TypeShape, InheritanceViolation, RuleEngines.All, baselinable: true),
        new("must-implement", new InheritanceReader(RuleKind.MustImplement), RuleCheck.TypeShape, InheritanceViolation, RuleEngines.All, baselinable: true),
        new("attributes", new AttributesReader(), RuleCheck.TypeShape, AttributeViolation, RuleEngines.All, baselinable: true),
        new("modifiers", new ModifiersReader(), RuleCheck.TypeShape, ModifierViolation, RuleEngines.All, baselinable: true),
        new("placement", new PlacementReader(), RuleCheck.TypeShape, PlacementViolation, RuleEngines.All, baselinable: true),
        new("vocabulary", new VocabularyReader(), RuleCheck.DeclaredNames, VocabularyViolation, RuleEngines.ArchUnitNet, baselinable: true),
    ];

    private static readonly Dictionary<RuleKind, RuleKindInfo> ByKind = IndexByKind();

    /// <summary>Every kind, in spec order (docs/adr-format.md).</summary>
    public static IReadOnlyList<RuleKindInfo> All { get; } = Array.AsReadOnly(Rows);

    /// <summary>Every kind's YAML name, in spec order.</summary>
    public static IReadOnlyList<string> Names { get; } = Array.ConvertAll(Rows, row => row.Name);

    /// <summary>The diagnostics that report rule kinds, each once (kinds may share one), in kind order.</summary>
    public static IReadOnlyList<DiagnosticInfo> Diagnostics { get; } = DistinctDiagnostics();

    /// <summary>The row of a kind.</summary>
    public static RuleKindInfo For(RuleKind kind) => ByKind[kind];

    /// <summary>The YAML spelling of a kind, e.g. <c>allow-only</c>.</summary>
    public static string GetName(RuleKind kind) => For(kind).Name;

    /// <summary>The diagnostic ID that reports violations of a kind.</summary>
    public static string GetDiagnosticId(RuleKind kind) => For(kind).Diagnostic.Id;

    /// <summary>The kinds an engine can check, in spec order.</summary>
    public static IReadOnlyList<RuleKind> CheckedBy(RuleEngines engine)
    {
        var kinds = new List<RuleKind>();
        foreach (var row in Rows)
        {
            if ((row.Engines & engine) == engine)
            {
                kinds.Add(row.Kind);
            }
        }

        return kinds;
    }

    /// <summary>Parses a kind's YAML spelling (exact, lower case).</summary>
    public static bool TryParse(string name, out RuleKind kind)
    {
        foreach (var row in Rows)
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

    private static Dictionary<RuleKind, RuleKindInfo> IndexByKind()
    {
        var byKind = new Dictionary<RuleKind, RuleKindInfo>();
        foreach (var row in Rows)
        {
            byKind.Add(row.Kind, row); // throws on a kind declared twice
        }

        foreach (RuleKind kind in Enum.GetValues(typeof(RuleKind)))
        {
            if (!byKind.ContainsKey(kind))
            {
                throw new InvalidOperationException($"rule kind {kind} has no row in {nameof(RuleKinds)}");
            }
        }

        return byKind;
    }

    private static List<DiagnosticInfo> DistinctDiagnostics()
    {
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var row in Rows)
        {
            var known = diagnostics.Find(d => d.Id == row.Diagnostic.Id);
            if (known is null)
            {
                diagnostics.Add(row.Diagnostic);
            }
            else if (!ReferenceEquals(known, row.Diagnostic))
            {
                throw new InvalidOperationException($"{row.Diagnostic.Id} is declared twice in {nameof(RuleKinds)}: kinds that share an ID share its {nameof(DiagnosticInfo)}");
            }
        }

        return diagnostics;
    }
}
