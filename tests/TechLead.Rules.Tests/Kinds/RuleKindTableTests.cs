using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TechLead.Rules.Model;

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

    [Fact]
    public void The_rows_keep_the_spellings_and_ids_of_the_spec() =>
        Assert.Equal(
            [
                ("layers", "TL0001"), ("forbid", "TL0002"), ("allow-only", "TL0003"), ("independent", "TL0004"), ("acyclic", "TL0005"),
                ("banned-api", "TL0101"), ("naming", "TL0201"), ("must-inherit", "TL0202"), ("must-implement", "TL0202"),
                ("attributes", "TL0203"), ("modifiers", "TL0204"), ("placement", "TL0205"), ("vocabulary", "TL0206"),
            ],
            RuleKinds.All.Select(row => (row.Name, row.Diagnostic.Id)));

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

    [Fact]
    public void The_engines_check_the_kinds_they_always_checked()
    {
        Assert.Equal(Enum.GetValues<RuleKind>(), RuleKinds.CheckedBy(RuleEngines.Analyzer));
        Assert.Equal(Enum.GetValues<RuleKind>(), RuleKinds.CheckedBy(RuleEngines.ArchUnitNet));
        Assert.Equal(
            [RuleKind.Forbid, RuleKind.AllowOnly, RuleKind.Naming, RuleKind.MustInherit, RuleKind.MustImplement, RuleKind.Attributes, RuleKind.Modifiers, RuleKind.Placement],
            RuleKinds.CheckedBy(RuleEngines.NetArchTest));
    }

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
