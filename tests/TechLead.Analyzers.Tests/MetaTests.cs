using System;
using System.IO;
using System.Linq;
using System.Composition;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using TechLead.Analyzers.CodeFixes;
using TechLead.Rules;

namespace TechLead.Analyzers.Tests;

/// <summary>
/// Every diagnostic ID has a descriptor, a doc page with the same title and a release-tracking entry; every code fix
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
        Assert.Equal(["AddToBaselineFixer", "BannedApiFixer", "ModifiersFixer", "NamingFixer"], FixerTypes().Select(t => t.Name).Order());

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
