using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using TechLead.Analyzers.CodeFixes;
using TechLead.Analyzers.Tests.Infrastructure;

namespace TechLead.Analyzers.Tests.CodeFixes;

/// <summary>
/// The analyzer and the "Add to baseline" fix pick the same baseline file in every configuration (rules/0027):
/// <c>$(TechLeadBaseline)</c> first, then <c>TechLeadKind=baseline</c> metadata, then the name <c>techlead.baseline.json</c>.
/// Each configuration runs the real analyzer on a workspace project (the file its TL9004 is in is the file it read) and
/// applies the real fix to the project's TL0002 (the file it edits), with the same analyzer options for both.
/// </summary>
public sealed class BaselineFileAgreementTests
{
    private const string Root = "/repo/techlead.baseline.json";
    private const string Custom = "/repo/config/custom-baseline.json";
    private const string Nested = "/repo/src/Shop/techlead.baseline.json";
    private const string Other = "/repo/config/other-baseline.json";

    // Of files that tie, the first in the project's additional files wins. A workspace does not keep the order documents
    // were added in (MSBuild keeps the item order), so the test reads that order from the analyzer options both use.
    private const string FirstInItemOrder = "(the first of the files in item order)";

    private const string Source = """
        namespace Shop.Infrastructure { public class Db { } }
        namespace Shop.Domain { public class Order { Shop.Infrastructure.Db? db; } }
        """;

    public static TheoryData<string, string[], string[], string?, string?> Configurations => new()
    {
        // name, additional baseline files (in item order), the ones marked TechLeadKind=baseline, $(TechLeadBaseline), expected
        { "the default name only", [Root], [], null, Root },
        { "the default name twice: the first in item order", [Nested, Root], [], null, FirstInItemOrder },
        { "metadata marks it", [Custom], [Custom], null, Custom },
        { "metadata beats the default name", [Root, Custom], [Custom], null, Custom },
        { "two marked files: the first in item order", [Custom, Other], [Custom, Other], null, FirstInItemOrder },
        { "the property names it", [Custom], [], Custom, Custom },
        { "the property beats the default name", [Root, Custom], [], Custom, Custom },
        { "property and metadata agree (the package)", [Custom], [Custom], Custom, Custom },
        { "metadata on one file, the property names another", [Other, Custom], [Other], Custom, Custom },
        { "the property names a file that is not there: metadata", [Root, Custom], [Custom], "/repo/missing.json", Custom },
        { "the property names a file that is not there: the default name", [Root], [], "/repo/missing.json", Root },
        { "no file: the fix creates the one the property names", [], [], Custom, null },
    };

    [Theory]
    [MemberData(nameof(Configurations))]
    public async Task The_fix_edits_the_file_the_analyzer_reads(string name, string[] files, string[] marked, string? property, string? expected)
    {
        using var workspace = new AdhocWorkspace();
        var project = Project(workspace, files, marked, property);

        if (expected == FirstInItemOrder)
        {
            var order = project.AnalyzerOptions.AdditionalFiles.Select(f => f.Path).ToList();
            expected = files.OrderBy(order.IndexOf).First();
        }

        var (analyzerPick, violation) = await AnalyzeAsync(project);
        var fixPick = await FixAsync(project, violation);

        // The configuration's name is part of each comparison, so a failure says which one broke.
        Assert.Equal((name, expected), (name, analyzerPick));
        Assert.Equal((name, expected ?? property), (name, fixPick));
    }

    private static Project Project(AdhocWorkspace workspace, string[] files, string[] marked, string? property)
    {
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(),
            VersionStamp.Create(),
            "Shop",
            "Shop",
            LanguageNames.CSharp,
            filePath: "/repo/src/Shop/Shop.csproj",
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            metadataReferences: LocalReferences.All));
        project = project.AddDocument("Code.cs", Source, filePath: "/repo/src/Shop/Code.cs").Project;
        project = project.AddAdditionalDocument("0007-domain.md", Adrs.ForbidDomainToInfrastructure(), filePath: Adrs.DefaultPath).Project;
        foreach (var file in files)
        {
            // A distinct entry per file, for a type declared here and a reference that does not exist: stale, so the
            // analyzer's TL9004 says which file it read.
            var baseline = $$"""{ "version": 1, "entries": [ { "adr": "ADR-0007", "rule": "domain-no-infra", "from": "T:Shop.Domain.Order", "to": "T:Shop.Infrastructure.Gone", "count": 1, "reason": "{{file}}" } ] }""";
            project = project.AddAdditionalDocument(System.IO.Path.GetFileName(file), baseline, filePath: file).Project;
        }

        // What the package's props and targets hand the compiler: a global config with the property and the item metadata.
        var config = new StringBuilder("is_global = true\n");
        if (property is not null)
        {
            config.Append("build_property.TechLeadBaseline = ").Append(property).Append('\n');
        }

        if (marked.Length > 0)
        {
            config.Append('[').Append(Adrs.DefaultPath).Append("]\nbuild_metadata.AdditionalFiles.TechLeadKind = adr\n");
        }

        foreach (var file in marked)
        {
            config.Append('[').Append(file).Append("]\nbuild_metadata.AdditionalFiles.TechLeadKind = baseline\n");
        }

        return project.AddAnalyzerConfigDocument("TechLead.globalconfig", SourceText.From(config.ToString()), filePath: "/repo/src/Shop/obj/TechLead.globalconfig").Project;
    }

    /// <summary>The baseline file the analyzer read (where its TL9004 is; null when none), and the TL0002 to fix.</summary>
    private static async Task<(string? Baseline, Diagnostic Violation)> AnalyzeAsync(Project project)
    {
        var compilation = (await project.GetCompilationAsync())!;
        var diagnostics = await compilation.WithAnalyzers([new TechLeadAnalyzer()], project.AnalyzerOptions).GetAnalyzerDiagnosticsAsync();
        var stale = diagnostics.Where(d => d.Id == "TL9004").Select(d => d.Location.GetLineSpan().Path).ToList();
        Assert.True(stale.Count <= 1, string.Join(", ", stale));
        var violation = Assert.Single(diagnostics, d => d.Id == "TL0002");
        return (stale.SingleOrDefault(), violation);
    }

    /// <summary>The path of the one additional document the "Add to baseline" fix changes or adds.</summary>
    private static async Task<string?> FixAsync(Project project, Diagnostic violation)
    {
        var document = project.Documents.Single();
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, violation, (action, _) => actions.Add(action), CancellationToken.None);
        await new AddToBaselineFixer().RegisterCodeFixesAsync(context);
        var operations = await Assert.Single(actions).GetOperationsAsync(CancellationToken.None);
        var changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution.GetProject(project.Id)!;

        var edited = new List<string?>();
        foreach (var after in changed.AdditionalDocuments)
        {
            var before = project.GetAdditionalDocument(after.Id);
            if (before is null || !(await before.GetTextAsync()).ContentEquals(await after.GetTextAsync()))
            {
                edited.Add(after.FilePath);
            }
        }

        return Assert.Single(edited);
    }
}
