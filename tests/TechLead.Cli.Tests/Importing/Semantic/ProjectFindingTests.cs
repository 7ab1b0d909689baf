using System;
using System.Linq;
using System.Text.RegularExpressions;

namespace TechLead.Cli.Tests.Importing.Semantic;

/// <summary>
/// Finding and loading the test project (issue 20, item 5; rules/0049): a pinned SDK that is not installed, a test library
/// referenced through another project, a restore error quoted whole, and "no project file" only when there is none.
/// </summary>
public sealed class ProjectFindingTests(ProjectFindingFixture import) : IClassFixture<ProjectFindingFixture>
{
    private const string SemanticRule = "implements: System.IDisposable";

    [Fact]
    public void A_global_json_pinning_an_sdk_that_is_not_installed_is_read_with_the_installed_sdk_and_says_so()
    {
        Assert.True(import.Run.ExitCode == 0, import.Run.ToString());
        Assert.Contains(
            import.Run.StdoutLines,
            l => Regex.IsMatch(l, @"^read pinned/Acme\.PinnedTests/Acme\.PinnedTests\.csproj with the semantic model \(pinned/global\.json pins \.NET SDK 3\.1\.100, which is not installed: read with the installed SDK [0-9]+\.[0-9]+\.[0-9]+[^)]*\)$"));
        var adr = Adr("pinned/Acme.PinnedTests/DisposableTests.cs");
        Assert.Matches(@"read with the semantic model of `pinned/Acme\.PinnedTests/Acme\.PinnedTests\.csproj` \(pinned/global\.json pins \.NET SDK 3\.1\.100, which is not installed: read with the installed SDK [0-9.]+\)\.", adr);
        Assert.Contains(SemanticRule, adr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_test_library_referenced_through_another_project_is_recognised_and_binds()
    {
        Assert.Contains("read transitive/Acme.ArchTests/Acme.ArchTests.csproj with the semantic model", import.Run.StdoutLines);
        var adr = Adr("transitive/Acme.ArchTests/DisposableTests.cs");
        Assert.Contains("read with the semantic model of `transitive/Acme.ArchTests/Acme.ArchTests.csproj`.", adr, StringComparison.Ordinal);
        Assert.Contains(SemanticRule, adr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_restore_error_is_quoted_whole()
    {
        var line = Assert.Single(import.Run.StdoutLines, l => l.StartsWith("read failing/Acme.FailingTests/Acme.FailingTests.csproj", StringComparison.Ordinal));
        var match = Regex.Match(
            line,
            @"^read failing/Acme\.FailingTests/Acme\.FailingTests\.csproj with the semantic model \(dotnet restore failed: (?<reason>failing/Acme\.FailingTests/Acme\.FailingTests\.csproj : error NU1101: Unable to find package "
            + Regex.Escape(ProjectFindingFixture.LongPackage) + @"\. No packages exist with this id in source\(s\): [^;…]+)(; [0-9]+ compiler error\(s\): names that do not bind are read from the syntax)?\)$");
        Assert.True(match.Success, line);
        Assert.True(match.Groups["reason"].Length > 300, "the reason is longer than the old cut: " + match.Groups["reason"].Length);
    }

    [Fact]
    public void Several_project_files_in_one_folder_are_not_called_no_project_file()
    {
        Assert.Contains(
            "read ambiguous/DisposableTests.cs syntax only: 2 project files in ambiguous (Acme.One.csproj, Acme.Two.csproj): which one compiles it is unknown",
            import.Run.StdoutLines);
        Assert.DoesNotContain(import.Run.StdoutLines, l => l.Contains("no project file", StringComparison.Ordinal));
    }

    // The ADR the dry run printed for one test file (its Context names the file).
    private string Adr(string source)
    {
        var text = import.Run.Stdout.ReplaceLineEndings("\n");
        var start = text.IndexOf($"in `{source}`", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no ADR for {source}:\n{text}");
        var end = text.IndexOf("\n---\nid: ", start, StringComparison.Ordinal);
        return end < 0 ? text[start..] : text[start..end];
    }
}
