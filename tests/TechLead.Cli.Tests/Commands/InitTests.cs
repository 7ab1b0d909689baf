using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using TechLead.Cli.Tests.Initializing;
using TechLead.Cli.Tests.Support;

namespace TechLead.Cli.Tests.Commands;

/// <summary><c>techlead init</c> run as a process in real temporary repositories.</summary>
public sealed class InitTests
{
    private const string Version = "0.1.0";

    private const string NewBuildProps =
        "<Project>\n" +
        "  <!-- TechLead.Analyzers enforces the rules of the ADRs in docs/adr (added by techlead init). -->\n" +
        "  <ItemGroup>\n" +
        "    <PackageReference Include=\"TechLead.Analyzers\" Version=\"" + Version + "\" PrivateAssets=\"all\" />\n" +
        "  </ItemGroup>\n" +
        "</Project>\n";

    private const string NewIndex =
        "# Architecture decision records\n\n" +
        "The architecture decisions of this repository, one Markdown file each (MADR 4 with YAML front matter).\n" +
        "The rules in an accepted ADR's `techlead` block are enforced in every build by the TechLead analyzer.\n\n" +
        "- `techlead adr new \"Title\"` writes the next decision, as `proposed`.\n" +
        "- `techlead adr list` prints the current list with status and rule count; the table below is the list\n" +
        "  when this page was written.\n\n" +
        "| ADR | Title | Status |\n" +
        "|---|---|---|\n" +
        "| [ADR-0001](0001-record-architecture-decisions.md) | Record architecture decisions | accepted |\n";

    private static string Today => DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public void A_fresh_repository_gets_the_adr_folder_the_first_adr_an_index_and_the_analyzer_reference()
    {
        using var repo = new TempRepo(withAdrFolder: false);
        repo.Write("Shop.slnx", "<Solution />\n");

        var run = repo.Run("init");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(
            [
                "created docs/adr/0001-record-architecture-decisions.md",
                "created docs/adr/README.md",
                "created Directory.Build.props",
                "Next steps:",
                "  1. dotnet build: the analyzer now checks every project against the rules in docs/adr (restore needs TechLead.Analyzers on a package source; 'techlead init --feed DIR' adds a folder of packed packages).",
                "  2. techlead adr new \"Domain stays persistence-ignorant\": write its rule in the techlead block under Confirmation, then 'techlead impact ADR-0002' shows what it would flag today.",
                "  3. Set 'status: accepted' in ADR-0002: its violations then fail the build; 'techlead baseline create' freezes the ones that exist today.",
            ],
            run.StdoutLines);
        Assert.Equal(string.Empty, run.Stderr);
        Assert.Equal(NewBuildProps, File.ReadAllText(Path.Combine(repo.Root, "Directory.Build.props")));
        Assert.Equal(NewIndex, File.ReadAllText(Path.Combine(repo.AdrDirectory, "README.md")));
        var adr = File.ReadAllText(Path.Combine(repo.AdrDirectory, "0001-record-architecture-decisions.md"));
        Assert.Equal(FirstAdrText.For(Today), adr);
        Assert.Equal(["Directory.Build.props", "Shop.slnx", "docs/", "docs/adr/", "docs/adr/0001-record-architecture-decisions.md", "docs/adr/README.md"], FileTree.Snapshot(repo.Root).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_first_adr_validates_clean_is_enforced_by_review_and_the_index_is_not_listed_as_an_adr()
    {
        using var repo = new TempRepo(withAdrFolder: false);
        repo.Write("Shop.slnx", "<Solution />\n");
        Assert.Equal(0, repo.Run("init").ExitCode);

        var list = repo.Run("adr", "list");
        var validate = repo.Run("rules", "validate");

        Assert.Equal(["ID        STATUS    RULES  TITLE", "ADR-0001  accepted      0  Record architecture decisions", "1 ADR(s), 0 accepted without enforcement"], list.StdoutLines);
        Assert.Equal(string.Empty, list.Stderr);
        Assert.True(validate.ExitCode == 0, validate.ToString());
    }

    [Fact]
    public void A_second_run_has_nothing_to_do_and_writes_nothing()
    {
        using var repo = new TempRepo(withAdrFolder: false);
        repo.Write("Shop.slnx", "<Solution />\n");
        var feed = Directory.CreateDirectory(Path.Combine(repo.Root, "packages")).FullName;
        Assert.Equal(0, repo.Run("init", "--feed", feed).ExitCode);
        var before = FileTree.Snapshot(repo.Root);

        var run = repo.Run("init", "--feed", "packages");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(
            [
                "unchanged: docs/adr/0001-record-architecture-decisions.md already records the decision to keep ADRs",
                "unchanged: docs/adr/README.md is the ADR index",
                "unchanged: Directory.Build.props:4 already references TechLead.Analyzers",
                "unchanged: NuGet.config:5 already has the package source packages",
                $"nothing to do: {repo.Root} is set up for TechLead",
            ],
            run.StdoutLines);
        FileTree.AssertUnchanged(before, repo.Root);
    }

    [Fact]
    public void Dry_run_prints_the_changes_as_a_unified_diff_and_writes_nothing()
    {
        using var repo = new TempRepo();
        repo.Write("src/Shop.Api/Shop.Api.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />\n");
        repo.WriteAdr("README.md", "# Decisions\n");
        repo.WriteAdr("0001-record-architecture-decisions.md", "# 1. Record architecture decisions\n\nWe will use ADRs.\n");
        repo.Write("Directory.Build.props", "<Project>\n  <PropertyGroup>\n    <Nullable>enable</Nullable>\n  </PropertyGroup>\n</Project>\n");
        var before = FileTree.Snapshot(repo.Root);

        var run = repo.Run("init", "--dry-run");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(
            "unchanged: docs/adr/0001-record-architecture-decisions.md already records the decision to keep ADRs\n" +
            "unchanged: docs/adr/README.md is the ADR index\n" +
            "--- a/Directory.Build.props\n" +
            "+++ b/Directory.Build.props\n" +
            "@@ -2,4 +2,8 @@\n" +
            "   <PropertyGroup>\n" +
            "     <Nullable>enable</Nullable>\n" +
            "   </PropertyGroup>\n" +
            "+  <ItemGroup>\n" +
            "+    <!-- TechLead.Analyzers enforces the rules of the ADRs in docs/adr (added by techlead init). -->\n" +
            "+    <PackageReference Include=\"TechLead.Analyzers\" Version=\"0.1.0\" PrivateAssets=\"all\" />\n" +
            "+  </ItemGroup>\n" +
            " </Project>\n" +
            "dry run: 1 file(s) would change; nothing was written\n",
            run.Stdout.ReplaceLineEndings("\n"));
        FileTree.AssertUnchanged(before, repo.Root);
    }

    [Fact]
    public void An_existing_build_props_keeps_every_byte_outside_the_inserted_lines()
    {
        using var repo = new TempRepo(withAdrFolder: false);
        repo.Write("Shop.sln", string.Empty);
        // A byte order mark, CRLF, tabs, single quotes, an entity, a comment, an empty element without a space, an Import.
        var original = "\uFEFF<?xml version='1.0' encoding='utf-8'?>\r\n<!-- team settings -->\r\n<Project>\r\n\t<PropertyGroup Condition=\" '$(Configuration)' == 'Release' \">\r\n\t\t<Optimize>true</Optimize>\r\n\t\t<Company>A &amp; B</Company>\r\n\t</PropertyGroup>\r\n\t<ItemGroup><None Include='x.txt'/></ItemGroup>\r\n\t<Import Project=\"$(MSBuildThisFileDirectory)build/common.props\" Condition=\"Exists('build/common.props')\" />\r\n</Project>\r\n<!-- trailing -->\r\n";
        var path = Path.Combine(repo.Root, "Directory.Build.props");
        File.WriteAllBytes(path, new UTF8Encoding(false).GetBytes(original));

        var run = repo.Run("init");

        Assert.True(run.ExitCode == 0, run.ToString());
        var inserted = "\t<ItemGroup>\r\n\t\t<!-- TechLead.Analyzers enforces the rules of the ADRs in docs/adr (added by techlead init). -->\r\n\t\t<PackageReference Include=\"TechLead.Analyzers\" Version=\"0.1.0\" PrivateAssets=\"all\" />\r\n\t</ItemGroup>\r\n";
        var at = original.IndexOf("</Project>", StringComparison.Ordinal);
        var expected = new UTF8Encoding(false).GetBytes(original.Insert(at, inserted));
        Assert.Equal(expected, File.ReadAllBytes(path));
        Assert.Equal(["updated Directory.Build.props", "created docs/adr/0001-record-architecture-decisions.md", "created docs/adr/README.md"], run.StdoutLines.Take(3));
    }

    [Fact]
    public void Under_central_package_management_the_version_goes_to_directory_packages_props()
    {
        using var repo = new TempRepo(withAdrFolder: false);
        repo.Write("Shop.sln", string.Empty);
        repo.Write("Directory.Packages.props", "<Project>\n  <PropertyGroup>\n    <ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally>\n  </PropertyGroup>\n  <ItemGroup>\n    <PackageVersion Include=\"xunit\" Version=\"2.9.3\" />\n  </ItemGroup>\n</Project>\n");

        var run = repo.Run("init");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(
            "<Project>\n  <PropertyGroup>\n    <ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally>\n  </PropertyGroup>\n  <ItemGroup>\n    <PackageVersion Include=\"xunit\" Version=\"2.9.3\" />\n  </ItemGroup>\n" +
            "  <ItemGroup>\n    <PackageVersion Include=\"TechLead.Analyzers\" Version=\"0.1.0\" />\n  </ItemGroup>\n</Project>\n",
            File.ReadAllText(Path.Combine(repo.Root, "Directory.Packages.props")));
        Assert.Equal(
            "<Project>\n  <!-- TechLead.Analyzers enforces the rules of the ADRs in docs/adr (added by techlead init). -->\n  <ItemGroup>\n    <PackageReference Include=\"TechLead.Analyzers\" PrivateAssets=\"all\" />\n  </ItemGroup>\n</Project>\n",
            File.ReadAllText(Path.Combine(repo.Root, "Directory.Build.props")));
        Assert.Equal(["updated Directory.Packages.props", "created docs/adr/0001-record-architecture-decisions.md", "created docs/adr/README.md", "created Directory.Build.props"], run.StdoutLines.Take(4));
    }

    [Fact]
    public void Central_package_management_switched_on_in_build_props_counts_too_and_a_pinned_version_is_kept()
    {
        using var repo = new TempRepo(withAdrFolder: false);
        repo.Write("Shop.sln", string.Empty);
        repo.Write("Directory.Build.props", "<Project>\n  <PropertyGroup>\n    <ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally>\n  </PropertyGroup>\n</Project>\n");
        repo.Write("Directory.Packages.props", "<Project>\n  <ItemGroup>\n    <PackageVersion Include=\"TechLead.Analyzers\" Version=\"0.0.9\" />\n  </ItemGroup>\n</Project>\n");
        var packages = File.ReadAllText(Path.Combine(repo.Root, "Directory.Packages.props"));

        var run = repo.Run("init");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("unchanged: Directory.Packages.props:3 already sets the version of TechLead.Analyzers", run.StdoutLines);
        Assert.Equal(packages, File.ReadAllText(Path.Combine(repo.Root, "Directory.Packages.props")));
        Assert.Equal(
            "<Project>\n  <PropertyGroup>\n    <ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally>\n  </PropertyGroup>\n" +
            "  <ItemGroup>\n    <!-- TechLead.Analyzers enforces the rules of the ADRs in docs/adr (added by techlead init). -->\n    <PackageReference Include=\"TechLead.Analyzers\" PrivateAssets=\"all\" />\n  </ItemGroup>\n</Project>\n",
            File.ReadAllText(Path.Combine(repo.Root, "Directory.Build.props")));
    }

    [Fact]
    public void Feed_creates_a_nuget_config_with_nuget_org_and_the_folder()
    {
        using var repo = new TempRepo(withAdrFolder: false);
        repo.Write("Shop.sln", string.Empty);
        Directory.CreateDirectory(Path.Combine(repo.Root, "artifacts", "packages"));

        var run = repo.Run("init", "--feed", "artifacts/packages");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("created NuGet.config", run.StdoutLines);
        Assert.Equal(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSources>\n    <add key=\"nuget.org\" value=\"https://api.nuget.org/v3/index.json\" protocolVersion=\"3\" />\n    <add key=\"techlead\" value=\"artifacts/packages\" />\n  </packageSources>\n</configuration>\n",
            File.ReadAllText(Path.Combine(repo.Root, "NuGet.config")));
        Assert.Equal("  1. dotnet build: the analyzer now checks every project against the rules in docs/adr.", run.StdoutLines.Single(l => l.StartsWith("  1.", StringComparison.Ordinal)));
    }

    [Fact]
    public void Feed_extends_an_existing_nuget_config_keeping_its_sources_and_maps_techlead_packages_when_sources_are_mapped()
    {
        using var repo = new TempRepo(withAdrFolder: false);
        repo.Write("Shop.sln", string.Empty);
        var original =
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSources>\n    <clear />\n    <add key=\"nuget.org\" value=\"https://api.nuget.org/v3/index.json\" />\n    <add key=\"techlead\" value=\"https://pkgs.example.com/other/index.json\" />\n  </packageSources>\n" +
            "  <packageSourceMapping>\n    <packageSource key=\"nuget.org\">\n      <package pattern=\"*\" />\n    </packageSource>\n  </packageSourceMapping>\n</configuration>\n";
        repo.Write("nuget.config", original);
        Directory.CreateDirectory(Path.Combine(repo.Root, "feed"));

        var run = repo.Run("init", "--feed", "feed");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSources>\n    <clear />\n    <add key=\"nuget.org\" value=\"https://api.nuget.org/v3/index.json\" />\n    <add key=\"techlead\" value=\"https://pkgs.example.com/other/index.json\" />\n    <add key=\"techlead-2\" value=\"feed\" />\n  </packageSources>\n" +
            "  <packageSourceMapping>\n    <packageSource key=\"nuget.org\">\n      <package pattern=\"*\" />\n    </packageSource>\n    <packageSource key=\"techlead-2\">\n      <package pattern=\"TechLead.*\" />\n    </packageSource>\n  </packageSourceMapping>\n</configuration>\n",
            File.ReadAllText(Path.Combine(repo.Root, "nuget.config")));
        Assert.Single(Directory.GetFiles(repo.Root, "*.config"));
        Assert.Contains("note: nuget.config maps packages to sources; TechLead.* now comes from 'techlead-2'", run.StdoutLines);
        Assert.Equal(string.Empty, run.Stderr);
    }

    [Fact]
    public void A_feed_folder_inside_the_repository_given_as_a_full_path_is_written_relative_to_the_nuget_config()
    {
        using var repo = new TempRepo(withAdrFolder: false);
        repo.Write("Shop.sln", string.Empty);
        var feed = Directory.CreateDirectory(Path.Combine(repo.Root, "tools", "techlead-packages")).FullName;

        var run = repo.Run("init", "--feed", feed);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSources>\n    <add key=\"nuget.org\" value=\"https://api.nuget.org/v3/index.json\" protocolVersion=\"3\" />\n    <add key=\"techlead\" value=\"tools/techlead-packages\" />\n  </packageSources>\n</configuration>\n",
            File.ReadAllText(Path.Combine(repo.Root, "NuGet.config")));
        Assert.Equal(string.Empty, run.Stderr);
    }

    [Fact]
    public void A_feed_folder_outside_the_repository_keeps_its_full_path_and_warns_that_teammates_and_ci_lack_it_on_every_run()
    {
        // The layout getting-started once taught: the TechLead clone next to the repository.
        using var workspace = new TempRepo(withAdrFolder: false);
        workspace.Write("shop/Shop.sln", string.Empty);
        var feed = Directory.CreateDirectory(Path.Combine(workspace.Root, "techlead", "artifacts", "packages")).FullName;
        var warning =
            $"techlead: warning: the feed folder {feed} is outside the repository, so teammates and CI won't have it: " +
            $"copy the packages into the repository (mkdir -p tools/techlead-packages && cp {Path.Combine(feed, "*.nupkg")} tools/techlead-packages/), " +
            "commit them and run 'techlead init --feed tools/techlead-packages'";

        var run = workspace.Run("init", "shop", "--feed", "techlead/artifacts/packages");
        var again = workspace.Run("init", "shop", "--feed", "techlead/artifacts/packages");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal([warning], run.StderrLines);
        Assert.Contains($"    <add key=\"techlead\" value=\"{feed}\" />\n", File.ReadAllText(Path.Combine(workspace.Root, "shop", "NuGet.config")), StringComparison.Ordinal);
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Equal([warning], again.StderrLines);
        Assert.Contains($"nothing to do: {Path.Combine(workspace.Root, "shop")} is set up for TechLead", again.StdoutLines);
    }

    [Fact]
    public void A_feed_folder_that_does_not_exist_stops_init_saying_how_to_fill_it_and_writes_nothing()
    {
        using var repo = new TempRepo(withAdrFolder: false);
        repo.Write("Shop.sln", string.Empty);
        var before = FileTree.Snapshot(repo.Root);

        var run = repo.Run("init", "--feed", "tools/techlead-packages");

        run.AssertBadInput(
            "feed folder 'tools/techlead-packages' does not exist; copy the packed TechLead packages into a folder of the repository " +
            "(mkdir -p tools/techlead-packages && cp <techlead clone>/artifacts/packages/*.nupkg tools/techlead-packages/) and run 'techlead init --feed tools/techlead-packages'");
        Assert.Single(run.StderrLines);
        FileTree.AssertUnchanged(before, repo.Root);
    }

    [Fact]
    public void Existing_prose_adrs_are_left_alone_and_the_first_adr_takes_the_next_free_number()
    {
        using var repo = new TempRepo();
        repo.Write("Shop.sln", string.Empty);
        repo.WriteAdr("0001-use-postgresql.md", "# 1. Use PostgreSQL\n\nDate: 2019-03-01\n\n## Status\n\nAccepted\n");
        repo.WriteAdr("0002-use-rabbitmq.md", "# 2. Use RabbitMQ\n\nWe publish integration events.\n");
        repo.WriteAdr("0003-split-the-monolith.md", "---\nid: ADR-0003\nstatus: proposed\n---\n# Split the monolith\n");
        var before = FileTree.Snapshot(repo.AdrDirectory);

        var run = repo.Run("init");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("created docs/adr/0004-record-architecture-decisions.md", run.StdoutLines[0]);
        Assert.Contains("note: docs/adr holds 2 ADR(s) without front matter; they stay as they are (TechLead lists them as prose-only ADRs), and the new one takes the next free number, ADR-0004", run.StdoutLines);
        Assert.Contains("  2. techlead adr new \"Domain stays persistence-ignorant\": write its rule in the techlead block under Confirmation, then 'techlead impact ADR-0005' shows what it would flag today.", run.StdoutLines);
        var after = FileTree.Snapshot(repo.AdrDirectory);
        foreach (var (path, bytes) in before)
        {
            Assert.Equal(bytes, after[path]);
        }

        Assert.StartsWith("---\nid: ADR-0004\n", File.ReadAllText(Path.Combine(repo.AdrDirectory, "0004-record-architecture-decisions.md")), StringComparison.Ordinal);
        Assert.EndsWith(
            "| [ADR-0001](0001-use-postgresql.md) | 1. Use PostgreSQL |  |\n" +
            "| [ADR-0002](0002-use-rabbitmq.md) | 2. Use RabbitMQ |  |\n" +
            "| [ADR-0003](0003-split-the-monolith.md) | Split the monolith | proposed |\n" +
            "| [ADR-0004](0004-record-architecture-decisions.md) | Record architecture decisions | accepted |\n",
            File.ReadAllText(Path.Combine(repo.AdrDirectory, "README.md")),
            StringComparison.Ordinal);
    }

    [Fact]
    public void Numbers_in_the_file_names_of_other_tools_are_taken_too()
    {
        using var repo = new TempRepo();
        repo.Write("Shop.sln", string.Empty);
        repo.WriteAdr("ADR-001-use-ef-core.md", "# ADR-001: Use EF Core in the Application layer\n");
        repo.WriteAdr("002-use-aspire.md", "# ADR-002: Use Aspire\n");

        var run = repo.Run("init");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("created docs/adr/0003-record-architecture-decisions.md", run.StdoutLines[0]);
    }

    [Fact]
    public void Adrs_in_another_well_known_folder_stop_init_rather_than_start_a_second_log()
    {
        using var repo = new TempRepo(withAdrFolder: false);
        repo.Write("CleanArchitecture.slnx", "<Solution />\n");
        repo.Write("docs/decisions/README.md", "# Decisions\n");
        repo.Write("docs/decisions/ADR-001-use-ef-core.md", "# ADR-001: Use EF Core\n");
        var before = FileTree.Snapshot(repo.Root);

        var run = repo.Run("init");

        run.AssertBadInput("docs/decisions already holds ADRs, but TechLead reads them from docs/adr: move them (git mv docs/decisions docs/adr) and run techlead init again");
        FileTree.AssertUnchanged(before, repo.Root);
    }

    [Fact]
    public void A_folder_without_a_solution_or_project_is_a_one_line_error_and_nothing_is_written()
    {
        using var repo = new TempRepo(withAdrFolder: false);
        repo.Write("notes.txt", "not a repository\n");
        var before = FileTree.Snapshot(repo.Root);

        var run = repo.Run("init");

        run.AssertBadInput($"no .sln, .slnx or .csproj in '.' or its subfolders; run techlead init in the repository's root folder");
        Assert.Equal(string.Empty, run.Stdout);
        FileTree.AssertUnchanged(before, repo.Root);
    }

    [Fact]
    public void A_path_that_does_not_exist_is_a_one_line_error()
    {
        using var repo = new TempRepo(withAdrFolder: false);

        repo.Run("init", "missing").AssertBadInput("folder 'missing' does not exist");
    }

    [Fact]
    public void A_malformed_build_props_is_a_one_line_error_naming_file_and_line_and_nothing_is_written()
    {
        using var repo = new TempRepo(withAdrFolder: false);
        repo.Write("Shop.sln", string.Empty);
        repo.Write("Directory.Build.props", "<Project>\n  <PropertyGroup>\n    <Nullable>enable</Nullable>\n  </PropertyGrup>\n</Project>\n");
        var before = FileTree.Snapshot(repo.Root);

        var run = repo.Run("init");

        run.AssertBadInput("Directory.Build.props:4: not well-formed XML (The 'PropertyGroup' start tag on line 2 position 4 does not match the end tag of 'PropertyGrup'); fix it and run techlead init again");
        FileTree.AssertUnchanged(before, repo.Root);
    }

    [Fact]
    public void A_build_props_whose_root_is_not_project_is_bad_input()
    {
        using var repo = new TempRepo(withAdrFolder: false);
        repo.Write("Shop.sln", string.Empty);
        repo.Write("Directory.Build.props", "<?xml version=\"1.0\"?>\n<Settings />\n");

        repo.Run("init").AssertBadInput("Directory.Build.props:2: the root element is <Settings>, expected <Project>; fix it and run techlead init again");
    }

    [Fact]
    public void A_read_only_repository_is_a_one_line_error_and_nothing_is_written()
    {
        using var repo = new TempRepo(withAdrFolder: false);
        repo.Write("Shop.sln", string.Empty);
        var before = FileTree.Snapshot(repo.Root);
        ToolRun run;
        using (new Unwritable(repo.Root))
        {
            run = repo.Run("init");
        }

        run.AssertBadInput("could not write ");
        Assert.EndsWith("; nothing was written", run.StderrLines.Single(), StringComparison.Ordinal);
        FileTree.AssertUnchanged(before, repo.Root);
    }

    [Fact]
    public void A_read_only_adr_folder_stops_every_write()
    {
        using var repo = new TempRepo();
        repo.Write("Shop.sln", string.Empty);
        var before = FileTree.Snapshot(repo.Root);
        ToolRun run;
        using (new Unwritable(repo.AdrDirectory))
        {
            run = repo.Run("init");
        }

        run.AssertBadInput("could not write docs/adr/0001-record-architecture-decisions.md (permission denied); nothing was written");
        FileTree.AssertUnchanged(before, repo.Root);
    }

    [Fact]
    public void A_file_that_cannot_be_replaced_is_reported_with_the_files_written_before_it()
    {
        using var repo = new TempRepo();
        repo.Write("Shop.sln", string.Empty);
        repo.Write("Directory.Build.props", "<Project>\n</Project>\n");
        var config = repo.Write("NuGet.config", "<configuration>\n  <packageSources>\n  </packageSources>\n</configuration>\n");
        Directory.CreateDirectory(Path.Combine(repo.Root, "feed"));
        ToolRun run;
        using (new Unwritable(config))
        {
            run = repo.Run("init", "--feed", "feed");
        }

        run.AssertBadInput("could not write NuGet.config (permission denied); written before that: Directory.Build.props; the other files are unchanged");
        Assert.Equal("<configuration>\n  <packageSources>\n  </packageSources>\n</configuration>\n", File.ReadAllText(config));
        Assert.Empty(Directory.GetFiles(repo.AdrDirectory));
    }
}
