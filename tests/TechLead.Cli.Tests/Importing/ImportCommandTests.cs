using System;
using System.IO;
using System.Linq;
using TechLead.Cli.Tests.Support;

namespace TechLead.Cli.Tests.Importing;

/// <summary><c>techlead import</c> as a process: what it writes, where, that a re-run changes nothing, dry runs and bad input.</summary>
public sealed class ImportCommandTests
{
    private const string BannedSymbols = "P:System.DateTime.Now;use TimeProvider\nSystem.Console;no prefix\n";
    private const string Config = "<NsDepCopConfig>\n  <Disallowed From=\"Shop.Web.*\" To=\"Shop.Data.*\" />\n</NsDepCopConfig>\n";

    [Fact]
    public void Writes_one_accepted_ADR_per_source_after_the_existing_ones_and_they_validate_clean()
    {
        using var repo = new TempRepo();
        repo.WriteAdr("0007-existing.md", "---\nid: ADR-0007\ntitle: Existing\nstatus: accepted\nenforcement: \"manual: review\"\n---\n# Existing\n");
        repo.Write("src/Shop.Domain/BannedSymbols.txt", BannedSymbols);
        repo.Write("src/Shop.Web/config.nsdepcop", Config);
        repo.Write("src/Shop.Web/bin/Debug/config.nsdepcop", "not read");

        var run = repo.Run("import", "src");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(
            [
                $"created ADR-0008 {Path.Combine("docs", "adr", "0008-banned-apis-from-src-shop-domain-bannedsymbols-txt.md")} <- BannedApiAnalyzers src/Shop.Domain/BannedSymbols.txt: 1 imported, 1 not imported",
                $"created ADR-0009 {Path.Combine("docs", "adr", "0009-namespace-dependencies-from-src-shop-web-config-nsdepcop.md")} <- NsDepCop src/Shop.Web/config.nsdepcop: 1 imported, 0 not imported",
                "2 source(s): 2 ADR(s) created, 0 already imported; 2 imported, 1 not imported",
            ],
            run.StdoutLines);
        var adr = File.ReadAllText(Path.Combine(repo.AdrDirectory, "0008-banned-apis-from-src-shop-domain-bannedsymbols-txt.md"));
        Assert.StartsWith("---\nid: ADR-0008\ntitle: Banned APIs from src/Shop.Domain/BannedSymbols.txt\nstatus: accepted\ndate: " + DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "\ndecision-makers: []\ntags: [imported]\n---\n", adr, StringComparison.Ordinal);
        Assert.Contains("<!-- techlead-import: banned-symbols:src/Shop.Domain/BannedSymbols.txt -->", adr, StringComparison.Ordinal);
        Assert.Contains("## Not imported\n\n- `src/Shop.Domain/BannedSymbols.txt:2`: 'System.Console' has no documentation-comment ID prefix", adr, StringComparison.Ordinal);
        Assert.Contains("  ```text\n  System.Console;no prefix\n  ```\n", adr, StringComparison.Ordinal);

        var validate = repo.Run("rules", "validate");
        Assert.True(validate.ExitCode == 0, validate.ToString());
        Assert.Equal("3 ADR file(s), 2 rule(s): 0 error(s), 0 warning(s)", validate.StdoutLines.Last());
    }

    [Fact]
    public void Re_running_finds_each_ADR_by_its_key_and_never_rewrites_or_duplicates_it()
    {
        using var repo = new TempRepo();
        repo.Write("src/Shop.Domain/BannedSymbols.txt", BannedSymbols);
        Assert.Equal(0, repo.Run("import", "src").ExitCode);
        var path = Path.Combine(repo.AdrDirectory, "0001-banned-apis-from-src-shop-domain-bannedsymbols-txt.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("status: accepted", "status: proposed", StringComparison.Ordinal));
        var edited = File.ReadAllText(path);

        var again = repo.Run("import", ".");

        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Equal($"exists ADR-0001 {Path.Combine("docs", "adr", "0001-banned-apis-from-src-shop-domain-bannedsymbols-txt.md")} <- BannedApiAnalyzers src/Shop.Domain/BannedSymbols.txt: 1 imported, 1 not imported", again.StdoutLines[0]);
        Assert.Equal("1 source(s): 0 ADR(s) created, 1 already imported; 1 imported, 1 not imported", again.StdoutLines[1]);
        Assert.Equal(edited, File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(repo.AdrDirectory));
    }

    [Fact]
    public void Dry_run_prints_the_ADR_and_writes_nothing_and_status_and_out_are_honoured()
    {
        using var repo = new TempRepo();
        repo.Write("src/Shop.Web/config.nsdepcop", Config);

        var dry = repo.Run("import", ".", "--dry-run", "--status", "proposed");

        Assert.True(dry.ExitCode == 0, dry.ToString());
        Assert.StartsWith($"would create ADR-0001 {Path.Combine("docs", "adr", "0001-namespace-dependencies-from-src-shop-web-config-nsdepcop.md")}", dry.StdoutLines[0], StringComparison.Ordinal);
        Assert.Contains("status: proposed", dry.Stdout, StringComparison.Ordinal);
        Assert.Contains("  kind: forbid", dry.Stdout, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(repo.AdrDirectory));

        var written = repo.Run("import", ".", "--out", "architecture/decisions");
        Assert.True(written.ExitCode == 0, written.ToString());
        Assert.True(File.Exists(Path.Combine(repo.Root, "architecture", "decisions", "0001-namespace-dependencies-from-src-shop-web-config-nsdepcop.md")));
    }

    [Fact]
    public void Nothing_to_import_is_said_and_is_not_an_error()
    {
        using var repo = new TempRepo();
        repo.Write("src/Program.cs", "class Program {}");

        var run = repo.Run("import", "src");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("nothing to import under src: no BannedSymbols.txt, config.nsdepcop or architecture tests found", run.StdoutLines.Single());
    }

    [Theory]
    [InlineData("missing", "'missing' does not exist")]
    [InlineData(".", "--status must be accepted or proposed, got 'superseded'", "--status", "superseded")]
    public void Bad_input_is_one_line_and_exit_2(string path, string message, params string[] options)
    {
        using var repo = new TempRepo();

        repo.Run(["import", path, .. options]).AssertBadInput(message);
    }

    [Fact]
    public void Unreadable_and_malformed_sources_are_listed_as_not_imported_and_the_others_still_import()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // file modes: the malformed half of this test is covered by the importer tests
        }

        using var repo = new TempRepo();
        var locked = repo.Write("a/BannedSymbols.txt", BannedSymbols);
        repo.Write("b/config.nsdepcop", "<NsDepCopConfig><Allowed From=");
        repo.Write("c/BannedSymbols.txt", "T:;nothing\nM:Shop..Save;empty part\n");
        File.SetUnixFileMode(locked, UnixFileMode.None);
        try
        {
            var run = repo.Run("import", ".");

            Assert.True(run.ExitCode == 0, run.ToString());
            var unreadable = File.ReadAllText(Path.Combine(repo.AdrDirectory, "0001-banned-apis-from-a-bannedsymbols-txt.md"));
            var notXml = File.ReadAllText(Path.Combine(repo.AdrDirectory, "0003-namespace-dependencies-from-b-config-nsdepcop.md"));
            var invalid = File.ReadAllText(Path.Combine(repo.AdrDirectory, "0002-banned-apis-from-c-bannedsymbols-txt.md"));
            if (Environment.UserName != "root")
            {
                Assert.Contains("- `a/BannedSymbols.txt`: the file cannot be read:", unreadable, StringComparison.Ordinal);
            }

            Assert.Contains("- `b/config.nsdepcop:1`: not well-formed XML, so NsDepCop cannot read it either:", notXml, StringComparison.Ordinal);
            Assert.Contains("- `c/BannedSymbols.txt:1`: 'T:' has no documentation-comment ID prefix", invalid, StringComparison.Ordinal);
            Assert.Contains("- `c/BannedSymbols.txt:2`: not a valid documentation-comment ID: 'M:Shop..Save' has an empty name part", invalid, StringComparison.Ordinal);
            Assert.Equal(0, repo.Run("rules", "validate").ExitCode);
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    [Fact]
    public void A_test_class_that_makes_no_rule_is_written_proposed_and_the_summary_counts_fully_imported_tests()
    {
        using var repo = new TempRepo();
        repo.Write("tests/Arch/LayerTests.cs", """
            using NetArchTest.Rules;
            using Xunit;

            public sealed class LayerTests
            {
                [Fact]
                public void Web_Is_Not_Used() =>
                    Assert.True(Types.InCurrentDomain().That().ResideInNamespace("Shop.Domain").ShouldNot().HaveDependencyOn("Shop.Web").GetResult().IsSuccessful);

                [Fact]
                public void Custom() =>
                    Assert.True(Types.InCurrentDomain().Should().MeetCustomRule(null).GetResult().IsSuccessful);
            }
            """);
        repo.Write("tests/Arch/CustomTests.cs", """
            using NetArchTest.Rules;
            using Xunit;

            public sealed class CustomTests
            {
                [Fact]
                public void Only_Custom() =>
                    Assert.True(Types.InCurrentDomain().Should().MeetCustomRule(null).GetResult().IsSuccessful);
            }
            """);

        var run = repo.Run("import", "tests", "--syntax-only");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(
            [
                "3 test method(s): 1 fully imported (every assertion became a rule), 0 partly, 2 not imported",
                "2 source(s): 2 ADR(s) created, 0 already imported; 1 imported, 2 not imported",
            ],
            run.StdoutLines.TakeLast(2));
        var empty = File.ReadAllText(Path.Combine(repo.AdrDirectory, "0001-custom-tests.md"));
        Assert.Contains("\nstatus: proposed\n", empty, StringComparison.Ordinal);
        Assert.Contains("No rule could be translated; see \"Not imported\". The ADR is `proposed`: it enforces nothing until rules are added.", empty, StringComparison.Ordinal);
        Assert.Contains("\nstatus: accepted\n", File.ReadAllText(Path.Combine(repo.AdrDirectory, "0002-layer-tests.md")), StringComparison.Ordinal);
    }
}
