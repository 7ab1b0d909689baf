using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using TechLead.Analyzers.Tests.Infrastructure;

namespace TechLead.Analyzers.Tests;

/// <summary>TL9006: a build through the package (its <c>_TechLeadAdrSearchStart</c> marker) that was given no ADR says so once (rules/0032).</summary>
public sealed class TL9006NoAdrsFoundTests
{
    private const string Source = "namespace Shop { public class A { } }";

    private const string Fix =
        "set <TechLeadAdrDirectory> (for example docs/decisions) in the project or Directory.Build.props to the folder that holds the ADRs, "
        + "or add <NoWarn>$(NoWarn);TL9006</NoWarn> to a project that has none on purpose";

    [Fact]
    public Task Without_a_docs_adr_folder_the_warning_names_where_the_search_started() =>
        new AnalyzerTest()
            .WithSource(Source)
            .WithGlobalConfig("build_property._TechLeadAdrSearchStart = /src/shop/Shop.Domain/\nbuild_property.TechLeadAdrDirectory = \n")
            .Expect(new DiagnosticResult("TL9006", DiagnosticSeverity.Warning).WithMessage(
                "no ADRs found: there is no docs/adr folder in '/src/shop/Shop.Domain/' or the 8 folders above it, so this build enforces no decision; " + Fix))
            .RunAsync();

    [Fact]
    public Task With_an_adr_folder_that_gave_no_file_the_warning_names_the_folder() =>
        new AnalyzerTest()
            .WithSource(Source)
            .WithGlobalConfig("build_property._TechLeadAdrSearchStart = /src/shop/Shop.Domain/\nbuild_property.TechLeadAdrDirectory = /src/shop/docs/decisions/\n")
            .Expect(new DiagnosticResult("TL9006", DiagnosticSeverity.Warning).WithMessage(
                "no ADRs found: the ADR folder '/src/shop/docs/decisions/' ($(TechLeadAdrDirectory)) does not exist or holds no .md file, so this build enforces no decision; " + Fix))
            .RunAsync();

    [Fact]
    public Task Another_additional_file_is_no_ADR() =>
        new AnalyzerTest()
            .WithSource(Source)
            .WithAdr("not an ADR", "/src/shop/notes.txt")
            .WithGlobalConfig("build_property._TechLeadAdrSearchStart = /src/shop/\nbuild_property.TechLeadAdrDirectory = /src/shop/docs/adr/\n")
            .Expect(new DiagnosticResult("TL9006", DiagnosticSeverity.Warning).WithMessage(
                "no ADRs found: the ADR folder '/src/shop/docs/adr/' ($(TechLeadAdrDirectory)) does not exist or holds no .md file, so this build enforces no decision; " + Fix))
            .RunAsync();

    [Fact]
    public Task A_build_with_an_ADR_says_nothing() =>
        new AnalyzerTest()
            .WithSource(Source)
            .WithAdr("---\nid: ADR-0001\nstatus: accepted\n---\n# Prose only\n")
            .WithGlobalConfig("build_property._TechLeadAdrSearchStart = /src/shop/\n")
            .RunAsync();

    [Fact]
    public Task An_unreadable_ADR_counts_as_found() =>
        new AnalyzerTest()
            .WithSource(Source)
            .WithAdr("---\nid: ADR-0001\ntitle: {|#0:[|}unclosed\n---\n# T\n")
            .WithGlobalConfig("build_property._TechLeadAdrSearchStart = /src/shop/\n")
            .Expect(AnalyzerTest.Diagnostic("TL9001", 0, "'[' is never closed; end the list with ']' (e.g. 'from: [Shop.Domain.**, Shop.Api.**]'), or write one '- item' per line without brackets"))
            .RunAsync();

    [Fact]
    public Task Without_the_package_marker_a_bare_analyzer_stays_silent() =>
        new AnalyzerTest()
            .WithSource(Source)
            .WithGlobalConfig("build_property.TechLeadAdrDirectory = /src/shop/docs/adr/\n")
            .RunAsync();

    [Fact]
    public Task An_editorconfig_severity_silences_it() =>
        new AnalyzerTest()
            .WithSource(Source)
            .WithGlobalConfig("build_property._TechLeadAdrSearchStart = /src/shop/\ndotnet_diagnostic.TL9006.severity = none\n")
            .RunAsync();

    [Fact]
    public Task NoWarn_silences_it()
    {
        var test = new AnalyzerTest()
            .WithSource(Source)
            .WithGlobalConfig("build_property._TechLeadAdrSearchStart = /src/shop/\n");
        test.SolutionTransforms.Add((solution, projectId) =>
        {
            var options = solution.GetProject(projectId)!.CompilationOptions!;
            return solution.WithProjectCompilationOptions(projectId, options.WithSpecificDiagnosticOptions(options.SpecificDiagnosticOptions.SetItem("TL9006", ReportDiagnostic.Suppress)));
        });
        return test.RunAsync();
    }
}
