using System;
using System.Collections.Generic;

namespace TechLead.Rules.Model;

/// <summary>The rule kinds of docs/adr-format.md (v1), in spec order; each has one row in <see cref="RuleKinds"/>.</summary>
public enum RuleKind
{
    Layers,
    Forbid,
    AllowOnly,
    Independent,
    Acyclic,
    Diagram,
    BannedApi,
    Naming,
    MustInherit,
    MustImplement,
    MustNotInherit,
    MustNotImplement,
    Attributes,
    Modifiers,
    Placement,
    Members,
    Vocabulary,
}

/// <summary>
/// The rule kinds, each declared once: an enum value and a row here (YAML name, reader, how it is evaluated, the diagnostic
/// that reports it, the engines that check it, whether its violations can be baselined); everything else about a kind
/// (compiled fields, reader, diagnostic title and description, a type-level check and its message, a pairwise
/// constraint) is in its file in src/TechLead.Rules/Kinds. Analyzer descriptors, the code fix's IDs,
/// the fitness engines' kinds and the CLI's SARIF rule metadata are derived from it; meta-tests compare the files
/// that cannot be derived (release tracking, docs/diagnostics, docs/adr-format.md, schemas) with it.
/// Adding a kind: docs/contributing.md.
/// </summary>
public static class RuleKinds
{
    private static readonly RuleKindInfo[] Rows =
    [
        new("layers", new LayersReader(), RuleCheck.PairwiseDependency, LayersRule.Diagnostic, RuleEngines.ArchUnitNet, baselinable: true),
        new("forbid", new ForbidReader(), RuleCheck.PairwiseDependency, ForbidRule.Diagnostic, RuleEngines.All, baselinable: true),
        new("allow-only", new AllowOnlyReader(), RuleCheck.PairwiseDependency, AllowOnlyRule.Diagnostic, RuleEngines.All, baselinable: true),
        new("independent", new IndependentReader(), RuleCheck.PairwiseDependency, IndependentRule.Diagnostic, RuleEngines.ArchUnitNet, baselinable: true),
        new("acyclic", new AcyclicReader(), RuleCheck.DependencyCycle, AcyclicRule.Diagnostic, RuleEngines.ArchUnitNet, baselinable: true),
        new("diagram", new DiagramReader(), RuleCheck.PairwiseDependency, DiagramRule.Diagnostic, RuleEngines.ArchUnitNet, baselinable: true),
        new("banned-api", new BannedApiReader(), RuleCheck.ApiUse, BannedApiRule.Diagnostic, RuleEngines.ArchUnitNet, baselinable: true),
        new("naming", new NamingReader(), RuleCheck.TypeShape, NamingRule.Diagnostic, RuleEngines.All, baselinable: true),
        new("must-inherit", new InheritanceReader(RuleKind.MustInherit), RuleCheck.TypeShape, InheritanceRule.Diagnostic, RuleEngines.All, baselinable: true),
        new("must-implement", new InheritanceReader(RuleKind.MustImplement), RuleCheck.TypeShape, InheritanceRule.Diagnostic, RuleEngines.All, baselinable: true),
        new("must-not-inherit", new InheritanceReader(RuleKind.MustNotInherit), RuleCheck.TypeShape, InheritanceRule.Diagnostic, RuleEngines.All, baselinable: true),
        new("must-not-implement", new InheritanceReader(RuleKind.MustNotImplement), RuleCheck.TypeShape, InheritanceRule.Diagnostic, RuleEngines.All, baselinable: true),
        new("attributes", new AttributesReader(), RuleCheck.TypeShape, AttributesRule.Diagnostic, RuleEngines.All, baselinable: true),
        new("modifiers", new ModifiersReader(), RuleCheck.TypeShape, ModifiersRule.Diagnostic, RuleEngines.All, baselinable: true),
        new("placement", new PlacementReader(), RuleCheck.TypeShape, PlacementRule.Diagnostic, RuleEngines.All, baselinable: true),
        new("members", new MembersReader(), RuleCheck.DeclaredMembers, MembersRule.Diagnostic, RuleEngines.All, baselinable: true),
        new("vocabulary", new VocabularyReader(), RuleCheck.DeclaredNames, VocabularyRule.Diagnostic, RuleEngines.ArchUnitNet, baselinable: true),
    ];

    // An array by the enum's value, not a dictionary keyed by it: that dictionary is JIT-compiled in every cold compiler process (rules/0060).
    private static readonly RuleKindInfo[] ByKind = IndexByKind();

    /// <summary>Every kind, in spec order (docs/adr-format.md).</summary>
    public static IReadOnlyList<RuleKindInfo> All { get; } = Array.AsReadOnly(Rows);

    /// <summary>Every kind's YAML name, in spec order.</summary>
    public static IReadOnlyList<string> Names { get; } = Array.ConvertAll(Rows, row => row.Name);

    /// <summary>The diagnostics that report rule kinds, each once (kinds may share one), in kind order.</summary>
    public static IReadOnlyList<DiagnosticInfo> Diagnostics { get; } = DistinctDiagnostics();

    /// <summary>The row of a kind.</summary>
    public static RuleKindInfo For(RuleKind kind) => (uint)kind < (uint)ByKind.Length ? ByKind[(int)kind] : throw new KeyNotFoundException($"rule kind {kind} has no row in {nameof(RuleKinds)}");

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

    private static RuleKindInfo[] IndexByKind()
    {
        var kinds = (RuleKind[])Enum.GetValues(typeof(RuleKind));
        var byKind = new RuleKindInfo[kinds.Length];
        foreach (var row in Rows)
        {
            if (byKind[(int)row.Kind] is not null)
            {
                throw new InvalidOperationException($"rule kind {row.Kind} is declared twice in {nameof(RuleKinds)}");
            }

            byKind[(int)row.Kind] = row;
        }

        foreach (var kind in kinds)
        {
            if (byKind[(int)kind] is null)
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
