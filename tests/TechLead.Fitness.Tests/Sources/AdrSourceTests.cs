using System;
using System.IO;
using System.Linq;
using TechLead.Rules.Model;

namespace TechLead.Fitness.Tests.Sources;

public sealed class AdrSourceTests : IDisposable
{
    private readonly string name = "upward-" + Guid.NewGuid().ToString("N");
    private readonly string root;

    public AdrSourceTests()
    {
        // A repository one folder above the test assembly's folder: found only by searching upward.
        root = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", name));
        Directory.CreateDirectory(Path.Combine(root, "docs", "adr", "nested"));
        File.WriteAllText(Path.Combine(root, "docs", "adr", "0007-domain.md"), "\uFEFF---\nid: ADR-0007\ntitle: Domain\nstatus: accepted\nrules:\n  - { id: r, kind: forbid, from: A.**, to: B.** }\n---\n# Domain\n");
        File.WriteAllText(Path.Combine(root, "docs", "adr", "nested", "0008-prose.md"), "# Just prose\n");
        File.WriteAllBytes(Path.Combine(root, "docs", "adr", "0009-bad.md"), [0x2D, 0x2D, 0x2D, 0x0A, 0xC3, 0x28, 0x0A]);
        File.WriteAllText(Path.Combine(root, "techlead.baseline.json"), """{ "version": 1, "entries": [ { "adr": "ADR-0007", "rule": "r", "from": "T:A.X", "to": "T:B.Y", "count": 1 } ] }""");
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void A_relative_directory_is_found_upward_with_every_markdown_file_and_the_baseline_next_to_docs()
    {
        var loaded = AdrSource.FromDirectory(name + "/docs/adr").Load();

        Assert.Null(loaded.Error);
        Assert.Equal(["ADR-0007", "ADR-0008"], loaded.Set.Documents.Select(d => d.Id));
        Assert.Equal("ADR-0007/r", Assert.Single(loaded.Set.Rules).QualifiedId);
        Assert.Equal(Path.Combine(root, "techlead.baseline.json"), loaded.BaselinePath);
        Assert.Equal("T:A.X", Assert.Single(loaded.Baseline.Entries).From);
        Assert.Equal(root, loaded.RepositoryRoot);
    }

    [Theory]
    [InlineData("docs/decisions", "")]
    [InlineData("architecture/decisions", "architecture")]
    public void The_repository_root_and_the_default_baseline_follow_the_adr_folder_as_in_the_package_props(string adrDirectory, string expectedRoot)
    {
        Directory.CreateDirectory(Path.Combine(root, adrDirectory));
        File.WriteAllText(Path.Combine(root, adrDirectory, "0001-x.md"), "# X\n");

        var loaded = AdrSource.FromDirectory(Path.Combine(root, adrDirectory)).Load();

        var expected = Path.Combine(root, expectedRoot).TrimEnd(Path.DirectorySeparatorChar);
        Assert.Equal(expected, loaded.RepositoryRoot);
        Assert.Equal(Path.Combine(expected, "techlead.baseline.json"), loaded.BaselinePath);
    }

    [Fact]
    public void A_puml_file_beside_an_adr_is_the_diagram_its_rule_names_and_is_no_adr()
    {
        var nested = Path.Combine(root, "docs", "adr", "nested");
        File.WriteAllText(Path.Combine(nested, "0010-context-map.md"), "---\nid: ADR-0010\nstatus: accepted\nrules:\n  - { id: context-map, kind: diagram, diagram: context-map }\n---\n# Context map\n");
        File.WriteAllText(Path.Combine(nested, "context-map.puml"), "@startuml\n[Ordering] <<Shop.Ordering.**>>\n[Catalog] <<Shop.Catalog.**>>\nOrdering --> Catalog\n@enduml\n");

        var loaded = AdrSource.FromDirectory(name + "/docs/adr").Load();

        Assert.Equal(["ADR-0007", "ADR-0008", "ADR-0010"], loaded.Set.Documents.Select(d => d.Id));
        var rule = Assert.IsType<DiagramRule>(Assert.Single(loaded.Set.Rules, r => r.Id == "context-map"));
        Assert.Equal(Path.Combine(nested, "context-map.puml"), rule.Diagram.SourcePath);
        Assert.DoesNotContain(loaded.Set.Diagnostics, d => d.Path.EndsWith(".puml", StringComparison.Ordinal) || d.Path.EndsWith("0010-context-map.md", StringComparison.Ordinal));
    }

    [Fact]
    public void Invalid_utf8_is_a_TL9001_at_its_position()
    {
        var loaded = AdrSource.FromDirectory(name + "/docs/adr").Load();

        var diagnostic = Assert.Single(loaded.Set.Diagnostics, d => d.Path.EndsWith("0009-bad.md", StringComparison.Ordinal));
        Assert.Equal(("TL9001", 2, 1), (diagnostic.Id, diagnostic.Span.DisplayLine, diagnostic.Span.DisplayColumn));
    }

    [Fact]
    public void A_missing_directory_is_an_error_that_names_where_it_looked()
    {
        var loaded = AdrSource.FromDirectory("no/such/folder").Load();

        Assert.StartsWith("ADR directory 'no/such/folder' not found (looked in " + AppContext.BaseDirectory, loaded.Error, StringComparison.Ordinal);
        Assert.Empty(loaded.Set.Rules);
    }

    [Fact]
    public void Text_sources_have_no_baseline_until_one_is_given()
    {
        var source = AdrSource.FromText("docs/adr/0001-x.md", "# X\n");

        Assert.Empty(source.Load().Baseline.Entries);
        Assert.False(source.Load().BaselineMissing);
        Assert.True(source.WithBaselineFile("/nowhere/techlead.baseline.json").Load().BaselineMissing);
        Assert.Equal(AdrStatus.Proposed, Assert.Single(source.Load().Set.Documents).Status);
    }
}
