using System;
using System.IO;
using System.Linq;
using System.Reflection;
using TechLead.Rules;

namespace TechLead.Analyzers.Tests;

/// <summary>Every diagnostic ID has a descriptor, a doc page with the same title and a release-tracking entry.</summary>
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
}
