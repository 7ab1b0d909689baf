using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TechLead.Rules.Evaluation;
using TechLead.Rules.Model;
using TechLead.Rules.Parsing;
using TechLead.Rules.Tests.Fuzz;

namespace TechLead.Rules.Tests.Kinds;

/// <summary>
/// <see cref="RuleKinds"/> declares each kind once: every enum value has one row, every ID one title, and the files that
/// repeat the kinds (the JSON schema, the kind table of docs/adr-format.md) list exactly the table's kinds, in its order.
/// </summary>
public sealed class RuleKindTableTests
{
    [Fact]
    public void Every_kind_has_exactly_one_row_in_spec_order() =>
        Assert.Equal(Enum.GetValues<RuleKind>(), RuleKinds.All.Select(row => row.Kind));

    [Theory]
    [InlineData(RuleKind.Layers, "layers", "TL0001")]
    [InlineData(RuleKind.Forbid, "forbid", "TL0002")]
    [InlineData(RuleKind.AllowOnly, "allow-only", "TL0003")]
    [InlineData(RuleKind.Independent, "independent", "TL0004")]
    [InlineData(RuleKind.Acyclic, "acyclic", "TL0005")]
    [InlineData(RuleKind.BannedApi, "banned-api", "TL0101")]
    [InlineData(RuleKind.Naming, "naming", "TL0201")]
    [InlineData(RuleKind.MustInherit, "must-inherit", "TL0202")]
    [InlineData(RuleKind.MustImplement, "must-implement", "TL0202")]
    [InlineData(RuleKind.MustNotInherit, "must-not-inherit", "TL0202")]
    [InlineData(RuleKind.MustNotImplement, "must-not-implement", "TL0202")]
    [InlineData(RuleKind.Attributes, "attributes", "TL0203")]
    [InlineData(RuleKind.Modifiers, "modifiers", "TL0204")]
    [InlineData(RuleKind.Placement, "placement", "TL0205")]
    [InlineData(RuleKind.Vocabulary, "vocabulary", "TL0206")]
    public void A_kind_keeps_its_spelling_and_diagnostic_id(RuleKind kind, string name, string id)
    {
        Assert.Equal((name, id), (RuleKinds.GetName(kind), RuleKinds.GetDiagnosticId(kind)));
        Assert.Equal(Array.IndexOf(Enum.GetValues<RuleKind>(), kind), RuleKinds.All.ToList().FindIndex(row => row.Name == name));
    }

    [Fact]
    public void Each_row_reads_its_own_kind() =>
        Assert.All(RuleKinds.All, row => Assert.Equal(row.Kind, row.Reader.Kind));

    [Fact]
    public void Lookups_go_by_kind_not_by_position()
    {
        Assert.All(RuleKinds.All, row => Assert.Same(row, RuleKinds.For(row.Kind)));
        Assert.All(RuleKinds.All, row => Assert.True(RuleKinds.TryParse(row.Name, out var kind) && kind == row.Kind, row.Name));
        Assert.False(RuleKinds.TryParse("Layers", out _));
    }

    [Fact]
    public void A_kind_is_evaluated_by_the_entry_point_its_row_names()
    {
        // The fuzz seeds hold a rule of every kind (AdrFuzzTests).
        var rules = FuzzSeeds.All.SelectMany(seed => AdrParser.Parse("x.md", seed).Document!.Rules).ToList();

        Assert.Equal(Enum.GetValues<RuleKind>().Length, rules.Select(r => r.Kind).Distinct().Count());
        Assert.All(rules, rule =>
        {
            var check = RuleKinds.For(rule.Kind).Check;
            Assert.Equal(check == RuleCheck.TypeShape, rule is TypeRule);
            Assert.Equal(check == RuleCheck.PairwiseDependency, DependencyConstraint.Compile([rule]).Count == 1);
            Assert.Equal(check == RuleCheck.DependencyCycle, rule is AcyclicRule);
        });
    }

    [Fact]
    public void Every_diagnostic_id_constant_has_exactly_one_entry_in_the_catalog()
    {
        var constants = typeof(DiagnosticIds).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).Order();

        Assert.Equal(constants, DiagnosticCatalog.All.Select(d => d.Id).Order());
        Assert.All(DiagnosticCatalog.All, d => Assert.Same(d, DiagnosticCatalog.Find(d.Id)));
    }

    [Fact]
    public void Kind_diagnostics_are_architecture_errors_and_file_problems_are_adr_validation()
    {
        Assert.All(RuleKinds.Diagnostics, d => Assert.Equal((DiagnosticInfo.Architecture, RuleSeverity.Error), (d.Category, d.DefaultSeverity)));
        Assert.All(RuleKinds.Diagnostics, d => Assert.StartsWith("TL0", d.Id, StringComparison.Ordinal));
        Assert.All(AdrProblemDiagnostics.All, d => Assert.Equal((DiagnosticInfo.AdrValidation, true), (d.Category, d.ReportedAtCompilationEnd)));
        Assert.All(AdrProblemDiagnostics.All, d => Assert.StartsWith("TL9", d.Id, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(RuleKind.Layers, RuleEngines.ArchUnitNet)]
    [InlineData(RuleKind.Forbid, RuleEngines.All)]
    [InlineData(RuleKind.AllowOnly, RuleEngines.All)]
    [InlineData(RuleKind.Independent, RuleEngines.ArchUnitNet)]
    [InlineData(RuleKind.Acyclic, RuleEngines.ArchUnitNet)]
    [InlineData(RuleKind.BannedApi, RuleEngines.ArchUnitNet)]
    [InlineData(RuleKind.Naming, RuleEngines.All)]
    [InlineData(RuleKind.MustInherit, RuleEngines.All)]
    [InlineData(RuleKind.MustImplement, RuleEngines.All)]
    [InlineData(RuleKind.MustNotInherit, RuleEngines.All)]
    [InlineData(RuleKind.MustNotImplement, RuleEngines.All)]
    [InlineData(RuleKind.Attributes, RuleEngines.All)]
    [InlineData(RuleKind.Modifiers, RuleEngines.All)]
    [InlineData(RuleKind.Placement, RuleEngines.All)]
    [InlineData(RuleKind.Vocabulary, RuleEngines.ArchUnitNet)]
    public void A_kind_keeps_the_engines_that_checked_it_and_stays_baselinable(RuleKind kind, RuleEngines engines)
    {
        Assert.Equal(engines, RuleKinds.For(kind).Engines);
        Assert.True(RuleKinds.For(kind).Baselinable);
    }

    [Fact]
    public void An_engine_checks_the_kinds_whose_row_names_it() =>
        Assert.Equal(RuleKinds.All.Where(row => row.Engines.HasFlag(RuleEngines.NetArchTest)).Select(row => row.Kind), RuleKinds.CheckedBy(RuleEngines.NetArchTest));

    [Fact]
    public void The_schema_kind_enum_is_the_table()
    {
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "schemas", "techlead-adr.schema.json")))!;
        var kinds = schema["$defs"]!["rule"]!["properties"]!["kind"]!["enum"]!.AsArray().Select(k => k!.GetValue<string>());
        var branches = schema["$defs"]!["rule"]!["allOf"]!.AsArray()
            .Select(branch => branch!["if"]?["properties"]?["kind"]?["const"]?.GetValue<string>())
            .OfType<string>();

        Assert.Equal(RuleKinds.Names, kinds);
        Assert.Equal(RuleKinds.Names, branches);
    }

    [Fact]
    public void The_kind_table_of_the_adr_format_is_the_table()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Root, "docs", "adr-format.md"));
        var start = Array.IndexOf(lines, "### Rule kinds");
        var rows = lines.Skip(start + 1).SkipWhile(l => !l.StartsWith("| Kind |", StringComparison.Ordinal)).Skip(2).TakeWhile(l => l.StartsWith('|'));
        var documented = rows.SelectMany(row =>
        {
            var cells = row.Split(" | ");
            var id = Regex.Match(cells[^1], @"\[(TL\d{4})\]\(diagnostics/\1\.md\)").Groups[1].Value;
            return Regex.Matches(cells[0], "`([a-z-]+)`").Select(m => (m.Groups[1].Value, id));
        });

        Assert.Equal(RuleKinds.All.Select(row => (row.Name, row.Diagnostic.Id)), documented);
    }
}
