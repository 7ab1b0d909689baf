using System;
using System.Linq;
using System.Text.Json;
using TechLead.Cli.Tests.Support;

namespace TechLead.Cli.Tests.Commands;

/// <summary>
/// What check, impact and report say about loading real projects: nothing for a project that loads with a
/// restore warning, one line for one that does not load, every MSBuild message with --verbose; and the
/// ADR problems only analysis reveals (a naming regex that times out on a real type name).
/// </summary>
public sealed class CheckLoadingTests
{
    /// <summary>An approximate NuGet match (NU1603): the project restores and loads all the same.</summary>
    private const string ProjectWithRestoreWarning =
        "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>\n" +
        "  <ItemGroup><PackageReference Include=\"Humanizer.Core\" Version=\"2.9.0-nonexistent\" /></ItemGroup>\n</Project>\n";

    private const string PlainProject = "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>\n</Project>\n";

    private const string UnclosedProject = "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework>\n";

    private const string ProposedAdr = "---\nid: ADR-0001\ntitle: App stays small\nstatus: proposed\nrules:\n  - id: no-console\n    kind: forbid\n    from: App.**\n    to: System.Console\n---\n";

    [Fact]
    public void A_restore_warning_says_nothing_and_verbose_shows_what_msbuild_said()
    {
        using var repo = new TempRepo();
        repo.WriteAdr("0001-small.md", ProposedAdr);
        repo.Write("App/App.csproj", ProjectWithRestoreWarning);
        repo.Write("App/Greeter.cs", "namespace App;\n\npublic sealed class Greeter\n{\n    public void Greet() => System.Console.WriteLine(\"hi\");\n}\n");

        var check = repo.Run("check", "App/App.csproj");
        var impact = repo.Run("impact", "ADR-0001", "--solution", "App/App.csproj");
        var verbose = repo.Run("check", "App/App.csproj", "--verbose");

        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.Equal(string.Empty, check.Stderr);
        Assert.True(impact.ExitCode == 0, impact.ToString());
        Assert.Equal(string.Empty, impact.Stderr);
        Assert.Contains("App", impact.Stdout, StringComparison.Ordinal);
        Assert.True(verbose.ExitCode == 0, verbose.ToString());
        var said = Assert.Single(verbose.StderrLines);
        Assert.StartsWith("techlead: msbuild: ", said, StringComparison.Ordinal);
        Assert.Contains("Humanizer.Core 2.9.0-nonexistent was not found", said, StringComparison.Ordinal);
    }

    [Fact]
    public void Projects_that_do_not_load_are_one_line_and_verbose_lists_each()
    {
        using var repo = new TempRepo();
        repo.Write("Good/Good.csproj", PlainProject);
        repo.Write("Good/G.cs", "namespace Good;\n\npublic sealed class G\n{\n}\n");
        repo.Write("Bad/Bad.csproj", UnclosedProject);
        repo.Write("Worse/Worse.csproj", UnclosedProject);
        repo.Write("All.slnx", "<Solution>\n  <Project Path=\"Bad/Bad.csproj\" />\n  <Project Path=\"Good/Good.csproj\" />\n  <Project Path=\"Worse/Worse.csproj\" />\n</Solution>\n");

        var quiet = repo.Run("check", "--no-restore");
        var verbose = repo.Run("check", "--no-restore", "--verbose");

        quiet.AssertBadInput("All.slnx did not load: Msbuild failed when processing the file '");
        Assert.Single(quiet.StderrLines);
        Assert.EndsWith("Bad.csproj' with message: The project file could not be loaded. Unexpected end of file has occurred. The following elements are not closed: PropertyGroup, Project. Line 2, position 1. (and 1 more problem(s); run with --verbose to see them)", quiet.StderrLines[0], StringComparison.Ordinal);
        verbose.AssertBadInput("(and 1 more problem(s) above)");
        var details = verbose.StderrLines.Where(l => l.StartsWith("techlead: msbuild: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, details.Count);
        Assert.Contains(details, l => l.Contains("Bad.csproj' with message: The project file could not be loaded.", StringComparison.Ordinal));
        Assert.Contains(details, l => l.Contains("Worse.csproj' with message: The project file could not be loaded.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_naming_regex_that_times_out_on_a_real_name_is_TL9002_once_beside_the_static_problems()
    {
        using var repo = new TempRepo();
        repo.WriteAdr("0001-names.md", "---\nid: ADR-0001\ntitle: Names\nstatus: accepted\nrules:\n  - id: slow\n    kind: naming\n    types: App.**\n    pattern: \"^(Z|(q+q+)+y)$\"\n  - id: typo\n    kind: forbidd\n---\n");
        repo.Write("App/App.csproj", PlainProject);
        repo.Write("App/Names.cs", "namespace App;\n\npublic sealed class qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqX\n{\n}\n\npublic sealed class qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqX\n{\n}\n");

        var run = repo.Run("check", "App/App.csproj", "--format", "json");

        Assert.True(run.ExitCode == 1, run.ToString());
        using var json = JsonDocument.Parse(run.Stdout);
        var problems = json.RootElement.GetProperty("problems").EnumerateArray()
            .Select(p => $"{p.GetProperty("id").GetString()} {p.GetProperty("adr").GetString()} {p.GetProperty("path").GetString()}:{p.GetProperty("line").GetInt32()}:{p.GetProperty("column").GetInt32()} {p.GetProperty("message").GetString()}")
            .ToList();
        Assert.Equal(2, problems.Count);
        Assert.Matches(@"^TL9002 ADR-0001 docs/adr/0001-names\.md:6:9 rule 'slow': regex '\^\(Z\|\(q\+q\+\)\+y\)\$' timed out \(over 100 ms\) on 'App\.q+X'; ", problems[0]);
        Assert.StartsWith("TL9002 ADR-0001 docs/adr/0001-names.md:11:11 ", problems[1], StringComparison.Ordinal);
    }
}
