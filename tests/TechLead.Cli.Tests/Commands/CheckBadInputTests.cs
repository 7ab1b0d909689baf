using System.IO;
using TechLead.Cli.Tests.Support;

namespace TechLead.Cli.Tests.Commands;

public sealed class CheckBadInputTests
{
    [Fact]
    public void A_missing_path_is_bad_input()
    {
        using var repo = new TempRepo();

        repo.Run("check", "nope/Shop.sln").AssertBadInput("path 'nope/Shop.sln' does not exist");
    }

    [Fact]
    public void A_folder_without_a_solution_is_bad_input()
    {
        using var repo = new TempRepo();

        repo.Run("check").AssertBadInput("no .sln, .slnx or .csproj in '.'; pass the solution or project to check");
    }

    [Fact]
    public void A_folder_with_two_solutions_is_bad_input()
    {
        using var repo = new TempRepo();
        repo.Write("A.sln", string.Empty);
        repo.Write("B.sln", string.Empty);

        repo.Run("check").AssertBadInput("'.' holds several: A.sln, B.sln; pass the one to check");
    }

    [Fact]
    public void A_file_that_is_not_a_solution_is_bad_input()
    {
        using var repo = new TempRepo();
        repo.Write("notes.txt", "x");

        repo.Run("check", "notes.txt").AssertBadInput("'notes.txt' is not a solution or C# project");
    }

    [Fact]
    public void A_solution_that_does_not_load_reports_msbuilds_reason()
    {
        using var repo = new TempRepo();
        repo.Write("Broken.sln", "this is not a solution file\n");

        repo.Run("check").AssertBadInput("Broken.sln did not load: ");
    }

    [Fact]
    public void A_project_that_does_not_load_reports_msbuilds_reason()
    {
        using var repo = new TempRepo();
        repo.Write("Broken.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework>\n");

        repo.Run("check").AssertBadInput("Broken.csproj did not load: ");
    }

    [Fact]
    public void A_baseline_that_is_not_json_is_bad_input()
    {
        using var repo = new TempRepo();
        repo.Write("Shop.sln", string.Empty);
        repo.Write("techlead.baseline.json", "entries: [");

        repo.Run("check").AssertBadInput("techlead.baseline.json(1,1): baseline is not valid JSON");
    }

    [Fact]
    public void An_explicit_baseline_that_does_not_exist_is_bad_input()
    {
        using var repo = new TempRepo();
        repo.Write("Shop.sln", string.Empty);

        repo.Run("check", "--baseline", "missing.json").AssertBadInput("baseline 'missing.json' does not exist");
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error()
    {
        using var repo = new TempRepo();

        repo.Run("check", "--colour").AssertBadInput("Unknown option 'colour'");
    }

    [Fact]
    public void Impact_and_show_of_an_unknown_adr_are_bad_input()
    {
        using var repo = new TempRepo();
        repo.WriteAdr("0001-a.md", "---\nid: ADR-0001\ntitle: A\nstatus: accepted\n---\n");

        repo.Run("impact", "ADR-0042").AssertBadInput("unknown ADR id 'ADR-0042'");
        repo.Run("adr", "show", "ADR-0042").AssertBadInput("unknown ADR id 'ADR-0042'");
        Assert.True(Directory.Exists(repo.AdrDirectory));
    }
}
