using TechLead.Cli.Tests.Support;

namespace TechLead.Cli.Tests.Commands;

/// <summary>
/// check compiles the project as the SDK's compiler does: a net10.0 project is C# 14 by default (the <c>field</c>
/// keyword, null-conditional assignment) and may use the SDK's source generators; with an older compiler in the CLI such
/// code "does not compile" and what cannot be bound is missed.
/// </summary>
public sealed class CheckLanguageVersionTests
{
    [Fact]
    public void A_csharp_14_project_with_a_generated_regex_compiles_and_its_violation_is_found()
    {
        using var repo = new TempRepo();
        repo.WriteAdr("0001-parsing.md", "---\nid: ADR-0001\ntitle: Parsing stays pure\nstatus: accepted\nrules:\n  - id: parsing-no-io\n    kind: forbid\n    from: Acme.Parsing.**\n    to: System.IO.**\n---\n# Parsing stays pure\n");
        repo.Write("src/Parsing/Parsing.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <RootNamespace>Acme.Parsing</RootNamespace>
              </PropertyGroup>
            </Project>
            """);
        repo.Write("src/Parsing/OrderNumber.cs", """
            using System.Text.RegularExpressions;

            namespace Acme.Parsing;

            public sealed class Order
            {
                public string Number { get; set => field = value.Trim(); } = "";

                public Order? Previous { get; set; }

                public void Renumber(string number) => Previous?.Number = number;
            }

            public static partial class OrderNumber
            {
                public static bool IsValid(string text) => Pattern().IsMatch(text);

                public static string[] ReadAll(string path) => System.IO.File.ReadAllLines(path);

                [GeneratedRegex("^ORD-[0-9]{6}$")]
                private static partial Regex Pattern();
            }
            """);

        var run = repo.Run("check", "src/Parsing/Parsing.csproj");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("[ADR-0001] 'Acme.Parsing.OrderNumber' must not depend on 'System.IO.File'", run.Stdout, System.StringComparison.Ordinal);
        Assert.DoesNotContain("compiler error", run.Stderr, System.StringComparison.Ordinal);
    }
}
