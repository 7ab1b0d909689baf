using System;
using System.Linq;

namespace TechLead.Cli.Tests.Importing.Semantic;

/// <summary>
/// <c>techlead import</c> reads architecture tests with the semantic model of their project when it loads, and from their
/// syntax otherwise: it says which, in its output and in each ADR's Context, and a project that does not load is a
/// reason under "Not imported", never an error.
/// </summary>
public sealed class SemanticImportTests(SemanticImportFixture import) : IClassFixture<SemanticImportFixture>
{
    private const string BrokenReason =
        "dotnet restore failed: tests/Acme.BrokenTests/Acme.BrokenTests.csproj(2,1): error MSB4025: The project file could not be loaded. Unexpected end of file has occurred. " +
        "The following elements are not closed: PropertyGroup, Project. Line 2, position 1.";

    [Fact]
    public void The_output_says_how_each_project_was_read_and_nothing_fails()
    {
        Assert.True(import.Run.ExitCode == 0, import.Run.ToString());
        Assert.Equal(string.Empty, import.Run.Stderr);
        Assert.Equal(
            [
                "read tests/Loose/LooseRules.cs syntax only: no project file (.csproj) at or above it",
                "read tests/Acme.ArchTests/Acme.ArchTests.csproj with the semantic model",
                "read tests/Acme.BrokenTests/Acme.BrokenTests.csproj syntax only: it did not load: " + BrokenReason,
            ],
            import.Run.StdoutLines.Take(3));
        Assert.Matches(
            @"^read tests/Acme\.PartialTests/Acme\.PartialTests\.csproj with the semantic model \(dotnet restore failed: .+; [0-9]+ compiler error\(s\): names that do not bind are read from the syntax\)$",
            import.Run.StdoutLines[3]);
        Assert.Equal("5 source(s): 5 ADR(s) created, 0 already imported; 11 imported, 6 not imported", import.Run.StdoutLines.Last());
    }

    [Fact]
    public void Names_bound_by_the_semantic_model_become_rules_across_projects_packages_and_the_framework()
    {
        var adr = import.Adr("0002-layer-tests.md");

        Assert.Contains(
            "Imported from the NetArchTest test class `LayerTests` in `tests/Acme.ArchTests/LayerTests.cs`, read with the semantic model of `tests/Acme.ArchTests/Acme.ArchTests.csproj`.\n",
            adr,
            StringComparison.Ordinal);
        Assert.Contains("## Not imported\n\nNothing: every rule was translated.\n", adr, StringComparison.Ordinal);

        // typeof(Order).Assembly: the assembly name MSBuild evaluates ($(MSBuildProjectName).Core), although src is not imported;
        // Layers.Root (a const of that project), nameof of a namespace, typeof(Order).Namespace, a static readonly field of the
        // other project, typeof(FactAttribute).Namespace (xunit's package), typeof(IDisposable) and typeof(Assert).Assembly.
        Assert.Contains(
            """
            ```techlead
            - id: domain-does-not-use-infrastructure
              kind: forbid
              from:
                namespace: Acme.Ordering.Domain*.**
                assembly: Acme.Ordering.Core
              to: [Acme.Ordering.Infrastructure.**]
              because: the domain stays persistence-ignorant
            - id: domain-does-not-know-the-test-framework
              kind: forbid
              from:
                namespace: Acme.Ordering.Domain*.**
                assembly: Acme.Ordering.Core
              to: [Xunit.**, Acme.Ordering.Infrastructure.Persistence.**]
            - id: policies-implement-the-policy-interface
              kind: must-implement
              types:
                name: "*Policy"
                assembly: Acme.Ordering.Core
                except:
                  kind: interface
              type: Acme.Ordering.Domain.IOrderPolicy
            - id: disposables-are-sealed
              kind: modifiers
              types:
                assembly: xunit.assert
                implements: System.IDisposable
              sealed: true
            ```
            """.ReplaceLineEndings("\n"),
            adr,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0003-layer-tests.md", "tests/Acme.BrokenTests/LayerTests.cs", "read from its syntax only: tests/Acme.BrokenTests/Acme.BrokenTests.csproj did not load: " + BrokenReason)]
    [InlineData("0005-loose-rules.md", "tests/Loose/LooseRules.cs", "read from its syntax only: no project file (.csproj) at or above it.")]
    public void A_file_whose_project_does_not_load_is_read_from_its_syntax_and_what_needs_the_model_is_not_imported(string adrFile, string source, string reading)
    {
        var adr = import.Adr(adrFile);

        Assert.Contains($"in `{source}`, {reading}\n", adr, StringComparison.Ordinal);
        // Declared in the repository (src/), so the syntax reading finds them too, as it finds IDisposable in the .NET runtime;
        // only a type of a package this project never restored (xunit's Assert) needs the model.
        Assert.Contains("- id: domain-does-not-use-infrastructure\n", adr, StringComparison.Ordinal);
        Assert.Contains("- id: policies-implement-the-policy-interface\n", adr, StringComparison.Ordinal);
        Assert.Equal(
            [
                $"- `{source}:27`: the argument of 'HaveDependencyOnAny' ('typeof(FactAttribute).Namespace') is not a constant known without running the code",
                $"- `{source}:47`: the type 'Assert' is declared nowhere in the repository, the .NET runtime or the restored NuGet packages of the test project where this file sees it, or the name is ambiguous: restore the test project (dotnet restore) or import with its semantic model",
            ],
            adr.Split('\n').Where(l => l.StartsWith("- `", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_project_that_does_not_restore_is_still_loaded_and_only_what_needs_its_packages_is_not_imported()
    {
        var adr = import.Adr("0004-layer-tests.md");

        Assert.Contains("in `tests/Acme.PartialTests/LayerTests.cs`, read with the semantic model of `tests/Acme.PartialTests/Acme.PartialTests.csproj` (dotnet restore failed: ", adr, StringComparison.Ordinal);
        Assert.Contains("- id: domain-does-not-use-infrastructure\n", adr, StringComparison.Ordinal);
        Assert.Contains("- id: policies-implement-the-policy-interface\n", adr, StringComparison.Ordinal);
        Assert.Equal(
            [
                "- `tests/Acme.PartialTests/LayerTests.cs:27`: the argument of 'HaveDependencyOnAny' ('typeof(FactAttribute).Namespace') is not a constant known without running the code",
                "- `tests/Acme.PartialTests/LayerTests.cs:47`: the type 'Assert' does not bind in the loaded project (a package that did not restore, a missing reference or using) and is declared nowhere in the repository, the .NET runtime or the restored NuGet packages where this file sees it",
            ],
            adr.Split('\n').Where(l => l.StartsWith("- `", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_file_its_project_does_not_compile_is_read_from_its_syntax()
    {
        var adr = import.Adr("0001-excluded-tests.md");

        Assert.Contains("in `tests/Acme.ArchTests/Excluded/ExcludedTests.cs`, read from its syntax only: the project loaded but does not compile this file.\n", adr, StringComparison.Ordinal);
        Assert.Contains("- id: domain-types-are-sealed\n", adr, StringComparison.Ordinal);
    }

    [Fact]
    public void Syntax_only_loads_nothing_and_says_so()
    {
        Assert.True(import.SyntaxOnly.ExitCode == 0, import.SyntaxOnly.ToString());
        Assert.Equal("read the architecture tests syntax only: --syntax-only was given", import.SyntaxOnly.StdoutLines[0]);
        Assert.Contains(
            "Imported from the NetArchTest test class `LayerTests` in `tests/Acme.ArchTests/LayerTests.cs`, read from its syntax only: --syntax-only was given.\n",
            import.SyntaxOnly.Stdout.ReplaceLineEndings("\n"),
            StringComparison.Ordinal);
        Assert.Equal("5 source(s): 5 ADR(s) would be created, 0 already imported; 11 imported, 6 not imported", import.SyntaxOnly.StdoutLines.Last());
    }
}
