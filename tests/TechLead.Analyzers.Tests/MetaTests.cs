using System;
using System.IO;
using System.Linq;
using System.Composition;
using System.Globalization;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using TechLead.Analyzers.CodeFixes;
using TechLead.Rules;
using TechLead.Rules.Model;

namespace TechLead.Analyzers.Tests;

/// <summary>
/// Every diagnostic ID has a descriptor, a doc page with the same title and a release-tracking entry, all as the
/// <see cref="DiagnosticCatalog"/> declares them (ID, title, category, severity, the kinds it reports); every code fix
/// is exported (so IDEs and dotnet format find it) for IDs that exist, and offers the Fix All that dotnet format needs.
/// </summary>
public sealed class MetaTests
{
    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var field in typeof(DiagnosticIds).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
        {
            data.Add((string)field.GetRawConstantValue()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Id_has_a_descriptor_with_the_doc_page_title_and_category(string id)
    {
        var descriptor = Assert.Single(new TechLeadAnalyzer().SupportedDiagnostics, d => d.Id == id);
        var page = Path.Combine(RepoPaths.Root, "docs", "diagnostics", id + ".md");
        Assert.True(File.Exists(page), $"missing {page}");
        Assert.Equal($"# {id}: {descriptor.Title}", File.ReadLines(page).First());
        Assert.Equal(id.StartsWith("TL9", StringComparison.Ordinal) ? "AdrValidation" : "Architecture", descriptor.Category);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Id_is_tracked_in_the_unshipped_release(string id)
    {
        var releases = File.ReadAllLines(Path.Combine(RepoPaths.Root, "src", "TechLead.Analyzers", "AnalyzerReleases.Unshipped.md"));
        Assert.Single(releases, line => line.StartsWith(id + " |", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_descriptor_has_a_diagnostic_id_constant() =>
        Assert.Equal(
            typeof(DiagnosticIds).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).Order(),
            new TechLeadAnalyzer().SupportedDiagnostics.Select(d => d.Id).Order());

    [Fact]
    public void Descriptors_are_the_catalog_in_its_order()
    {
        var expected = DiagnosticCatalog.All.Select(d => (d.Id, d.Title, d.Description, d.Category, d.DefaultSeverity.ToString(), d.ReportedAtCompilationEnd));

        Assert.Equal(expected, new TechLeadAnalyzer().SupportedDiagnostics.Select(d => (d.Id, d.Title.ToString(CultureInfo.InvariantCulture), d.Description.ToString(CultureInfo.InvariantCulture), d.Category, d.DefaultSeverity.ToString(), d.CustomTags.Contains("CompilationEnd"))));
        Assert.All(new TechLeadAnalyzer().SupportedDiagnostics, d => Assert.Equal(("{0}", true, string.Empty), (d.MessageFormat.ToString(CultureInfo.InvariantCulture), d.IsEnabledByDefault, d.HelpLinkUri)));
    }

    [Fact]
    public void Only_the_cycle_and_the_file_problems_wait_for_the_end_of_the_compilation() =>
        Assert.Equal(
            ["TL0005", "TL9001", "TL9002", "TL9003", "TL9004", "TL9005", "TL9006", "TL9007"],
            new TechLeadAnalyzer().SupportedDiagnostics.Where(d => d.CustomTags.Contains("CompilationEnd")).Select(d => d.Id));

    [Fact]
    public void Release_tracking_lists_every_diagnostic_with_its_category_severity_and_title()
    {
        // Roslyn's release tracking cannot see descriptors built from the catalog (RS2002 is off): this is its check.
        var tracked = new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" }
            .SelectMany(file => File.ReadAllLines(Path.Combine(RepoPaths.Root, "src", "TechLead.Analyzers", file)))
            .Where(line => line.StartsWith("TL", StringComparison.Ordinal))
            .Select(line => line.Split('|').Select(cell => cell.Trim()).ToArray())
            .Select(cells => (cells[0], cells[1], cells[2], cells[3]));

        Assert.Equal(DiagnosticCatalog.All.Select(d => (d.Id, d.Category, d.DefaultSeverity.ToString(), d.Title)), tracked);
    }

    [Fact]
    public void The_diagnostics_index_lists_every_diagnostic_with_its_title_category_kinds_and_severity()
    {
        var index = File.ReadAllLines(Path.Combine(RepoPaths.Root, "docs", "diagnostics", "README.md"))
            .Where(line => line.StartsWith("| [TL", StringComparison.Ordinal));
        var expected = DiagnosticCatalog.All.Select(d =>
        {
            var kinds = RuleKinds.All.Where(k => k.Diagnostic == d).Select(k => k.Name).ToList();
            var kindCell = kinds.Count == 0 ? "—" : $"`{string.Join(", ", kinds)}`";
            var severity = kinds.Count == 0 ? d.DefaultSeverity.ToString().ToLowerInvariant() : "from the rule";
            return $"| [{d.Id}]({d.Id}.md) | {d.Title} | {d.Category} | {kindCell} | {severity} |";
        });

        Assert.Equal(expected, index);
    }

    [Fact]
    public void Every_doc_page_is_a_diagnostic_of_the_catalog() =>
        Assert.Equal(
            DiagnosticCatalog.All.Select(d => d.Id + ".md").Order(StringComparer.Ordinal),
            Directory.GetFiles(Path.Combine(RepoPaths.Root, "docs", "diagnostics"), "TL*.md").Select(Path.GetFileName).Order(StringComparer.Ordinal));

    [Fact]
    public void The_baseline_fix_claims_the_ids_of_the_baselinable_kinds() =>
        Assert.Equal(
            RuleKinds.All.Where(k => k.Baselinable).Select(k => k.Diagnostic.Id).Distinct(),
            new AddToBaselineFixer().FixableDiagnosticIds);

    public static TheoryData<string> CodeFixProviders()
    {
        var data = new TheoryData<string>();
        foreach (var type in FixerTypes())
        {
            data.Add(type.Name);
        }

        return data;
    }

    [Fact]
    public void The_code_fix_assembly_has_the_fixers_the_docs_describe() =>
        Assert.Equal(["AddToBaselineFixer", "BannedApiFixer", "MemberRenameFixer", "ModifiersFixer", "NamingFixer"], FixerTypes().Select(t => t.Name).Order());

    [Theory]
    [MemberData(nameof(CodeFixProviders))]
    public void Code_fix_is_exported_for_CSharp_shared_and_named_after_its_class(string name)
    {
        var type = FixerTypes().Single(t => t.Name == name);

        var export = type.GetCustomAttribute<ExportCodeFixProviderAttribute>();
        Assert.NotNull(export);
        Assert.Equal([LanguageNames.CSharp], export.Languages);
        Assert.Equal(name, export.Name);
        Assert.NotNull(type.GetCustomAttribute<SharedAttribute>());
        Assert.True(type.IsSealed && type.IsPublic, $"{name} must be public (MEF exports it) and sealed");
        Assert.NotNull(type.GetConstructor(Type.EmptyTypes));
    }

    [Theory]
    [MemberData(nameof(CodeFixProviders))]
    public void Code_fix_claims_only_existing_violation_ids_and_offers_a_solution_wide_fix_all(string name)
    {
        var fixer = (CodeFixProvider)Activator.CreateInstance(FixerTypes().Single(t => t.Name == name))!;
        var ids = typeof(DiagnosticIds).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(fixer.FixableDiagnosticIds);
        Assert.Equal(fixer.FixableDiagnosticIds.Length, fixer.FixableDiagnosticIds.Distinct(StringComparer.Ordinal).Count());
        Assert.All(fixer.FixableDiagnosticIds, id => Assert.Contains(id, ids));
        // TL9xxx are problems in the ADR files: nothing in the code to fix.
        Assert.All(fixer.FixableDiagnosticIds, id => Assert.StartsWith("TL0", id, StringComparison.Ordinal));
        // dotnet format applies a fix only through a solution-wide Fix All.
        Assert.Contains(FixAllScope.Solution, fixer.GetFixAllProvider()!.GetSupportedFixAllScopes());
    }

    [Fact]
    public void Every_violation_id_can_be_added_to_the_baseline()
    {
        var violations = typeof(DiagnosticIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetRawConstantValue()!)
            .Where(id => id.StartsWith("TL0", StringComparison.Ordinal))
            .Order();

        Assert.Equal(violations, new AddToBaselineFixer().FixableDiagnosticIds.Order());
    }

    private static Type[] FixerTypes() =>
        typeof(AddToBaselineFixer).Assembly.GetTypes().Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t)).OrderBy(t => t.Name, StringComparer.Ordinal).ToArray();
}
