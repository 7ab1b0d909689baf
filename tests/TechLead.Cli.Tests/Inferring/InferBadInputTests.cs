using System;
using System.IO;
using TechLead.Cli.Tests.Support;

namespace TechLead.Cli.Tests.Inferring;

/// <summary>
/// What infer says about what it read when the code is not all there: a project with compiler errors (every ADR written
/// says the rules rest on it), a solution whose types share one namespace (no structure to relate), a <c>global.json</c>
/// pinning an SDK this machine does not have (read with the installed one, as import and check do: rules/0049).
/// </summary>
public sealed class InferBadInputTests
{
    private const string Project = "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <TargetFramework>net10.0</TargetFramework>\n    <RootNamespace>Kata</RootNamespace>\n  </PropertyGroup>\n</Project>\n";

    [Fact]
    public void A_project_with_compiler_errors_is_named_on_the_first_line_and_in_the_adr()
    {
        using var repo = new TempRepo();
        repo.Write("Shelf/Shelf.csproj", Project.Replace("<RootNamespace>Kata</RootNamespace>", "<RootNamespace>Library.Shelf</RootNamespace>", StringComparison.Ordinal));
        foreach (var name in new[] { "Novel", "Atlas", "Comic", "Manual" })
        {
            repo.Write($"Shelf/Books/{name}Book.cs", $"namespace Library.Shelf.Books;\n\npublic sealed record {name}Book(string Title);\n");
        }

        foreach (var name in new[] { "Borrow", "Return", "Renew" })
        {
            repo.Write($"Shelf/Loans/{name}Loan.cs", $"namespace Library.Shelf.Loans;\n\npublic sealed record {name}Loan(string Member);\n");
        }

        repo.Write("Shelf/Loans/LoanDesk.cs", "namespace Library.Shelf.Loans;\n\npublic static class LoanDesk\n{\n    public static Catalogue Open() => new();\n}\n");

        var run = repo.Run("infer", "Shelf/Shelf.csproj", "--all");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("read with errors: Shelf has 1 compiler error(s), the first LoanDesk.cs(5,19): CS0246 The type or namespace name 'Catalogue' could not be found (are you missing a using directive or an assembly reference?); rules built from this code say so in their ADR", run.StdoutLines[0]);
        Assert.StartsWith("created ADR-0001 (proposed) with ", run.StdoutLines[1], StringComparison.Ordinal);
        // No IL to read: the fitness engines' part of the verification names the project it could not check (rules/0045).
        Assert.Contains("Shelf was not checked by ArchUnitNET and NetArchTest: it does not compile (CS0246 The type or namespace name 'Catalogue' could not be found (are you missing a using directive or an assembly reference?))", run.StdoutLines);
        var text = File.ReadAllText(Directory.GetFiles(repo.AdrDirectory, "0001-*.md")[0]);
        Assert.Contains("Read with problems, so these rules rest on code that did not compile completely: Shelf has 1 compiler error(s), the first LoanDesk.cs(5,19): CS0246 ", text, StringComparison.Ordinal);
        Assert.Contains("Fix the build and run `techlead infer` again before accepting.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_solution_with_one_namespace_says_there_is_no_structure_to_relate()
    {
        using var repo = new TempRepo();
        repo.Write("Kata/Kata.csproj", Project);
        foreach (var name in new[] { "Bowling", "Tennis", "Yahtzee", "Poker" })
        {
            repo.Write($"Kata/{name}Game.cs", $"namespace Kata;\n\npublic sealed class {name}Game\n{{\n    public int Score {{ get; }}\n}}\n");
        }

        var run = repo.Run("infer", "Kata/Kata.csproj");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("read 1 project(s), 4 types, all in namespace Kata: no namespaces or projects to relate, so no structure rule; looked for names and shapes only", run.StdoutLines[0]);
        Assert.DoesNotContain(run.StdoutLines, line => line.Contains("independent", StringComparison.Ordinal) || line.Contains("allow-only", StringComparison.Ordinal));
    }

    [Fact]
    public void A_global_json_pinning_an_sdk_that_is_not_installed_is_read_with_the_installed_sdk_and_says_so()
    {
        using var repo = new TempRepo();
        repo.Write("global.json", """{ "sdk": { "version": "3.1.100", "rollForward": "disable" } }""");
        WriteShelf(repo);

        var infer = repo.Run("infer", "Shelf/Shelf.csproj", "--all");
        var check = repo.Run("check", "Shelf/Shelf.csproj");

        Assert.True(infer.ExitCode == 0, infer.ToString());
        const string Pin = @"global\.json pins \.NET SDK 3\.1\.100, which is not installed: read with the installed SDK [0-9]+\.[0-9]+\.[0-9]+";
        Assert.Matches($"^read with another SDK: {Pin}$", infer.StdoutLines[0]);
        Assert.StartsWith("created ADR-0001 (proposed) with ", infer.StdoutLines[1], StringComparison.Ordinal);
        Assert.Matches($"Read with another SDK: {Pin}\\.", File.ReadAllText(Directory.GetFiles(repo.AdrDirectory, "0001-*.md")[0]));
        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.Contains(check.StderrLines, line => System.Text.RegularExpressions.Regex.IsMatch(line, $"^techlead: note: {Pin}$"));
    }

    private static void WriteShelf(TempRepo repo)
    {
        repo.Write("Shelf/Shelf.csproj", Project.Replace("<RootNamespace>Kata</RootNamespace>", "<RootNamespace>Library.Shelf</RootNamespace>", StringComparison.Ordinal));
        foreach (var name in new[] { "Novel", "Atlas", "Comic", "Manual" })
        {
            repo.Write($"Shelf/Books/{name}Book.cs", $"namespace Library.Shelf.Books;\n\npublic sealed record {name}Book(string Title);\n");
        }

        foreach (var name in new[] { "Borrow", "Return", "Renew" })
        {
            repo.Write($"Shelf/Loans/{name}Loan.cs", $"namespace Library.Shelf.Loans;\n\npublic sealed record {name}Loan(Library.Shelf.Books.NovelBook Book);\n");
        }
    }
}
