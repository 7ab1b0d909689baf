using System;
using System.IO;
using TechLead.Cli.Tests.Support;
using TechLead.Rules;

namespace TechLead.Cli.Tests.Commands;

/// <summary>infer proposes member conventions that already hold (rules/0036), with evidence, and impact confirms 0.</summary>
public sealed class InferMembersTests
{
    [Fact]
    public void Async_suffix_no_public_fields_and_bool_predicates_are_proposed_when_they_hold_and_only_then()
    {
        using var repo = new TempRepo();
        repo.Write("src/Shop/Shop.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>\n");
        repo.Write("src/Shop/Orders.cs", """
            using System.Threading.Tasks;

            namespace Shop.Orders;

            public sealed class OrderService
            {
                private int loaded;
                private readonly string name = "orders";
                internal static int Count;

                public async Task LoadAsync() { await Task.Yield(); loaded++; }
                public async Task<int> CountAsync() { await Task.Yield(); return loaded; }
                public async Task SaveAsync() { await Task.Yield(); }
                public bool IsLoaded => loaded > 0;
                public bool HasName() => name.Length > 0;
                public Task<bool> IsEmptyAsync() => Task.FromResult(loaded == 0);
            }

            public sealed class Customer
            {
                public int Age;
                public int IsAdult() => Age >= 18 ? 1 : 0;
            }
            """);
        var output = Path.Combine(repo.Root, "proposals", "inferred.md");

        var run = repo.Run("infer", "src/Shop/Shop.csproj", "--all", "--out", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        var text = File.ReadAllText(output);
        Assert.Contains("- id: async-methods-end-in-async\n  kind: members\n  members:\n    kind: method\n    async: true\n  pattern: Async$\n", text, StringComparison.Ordinal);
        Assert.Contains("* `async-methods-end-in-async` (members): all 3 async methods end in 'Async'; covers 1 type(s), 0 violations today.", text, StringComparison.Ordinal);
        // Customer.Age is a public instance field and IsAdult returns int: those conventions do not hold.
        Assert.DoesNotContain("no-public-instance-fields", text, StringComparison.Ordinal);
        Assert.DoesNotContain("is-has-return-bool", text, StringComparison.Ordinal);
        var set = AdrSet.Load([new AdrSourceFile(output, text)]);
        Assert.Empty(set.Diagnostics);

        var impact = repo.Run("impact", "ADR-0001", "src/Shop/Shop.csproj", "--adr-dir", "proposals", "--no-restore");
        Assert.True(impact.ExitCode == 0, impact.ToString());
        Assert.Equal($"if accepted, its {set.Rules.Count} rule(s) would report 0 violation(s) today", impact.StdoutLines[1]);
    }

    [Fact]
    public void No_public_fields_and_bool_predicates_with_their_evidence()
    {
        using var repo = new TempRepo();
        repo.Write("src/Shop/Shop.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>\n");
        repo.Write("src/Shop/Customer.cs", """
            namespace Shop.Customers;

            public sealed class Customer
            {
                private int age;
                private string name = "";
                public const int Adult = 18;

                public bool IsAdult() => age >= Adult;
                public bool HasName => name.Length > 0;
                public bool IsNamed(string other) => name == other;
                public void Rename(string to) => name = to;
                public void Age(int years) => age += years;
            }
            """);
        var output = Path.Combine(repo.Root, "proposals", "inferred.md");

        var run = repo.Run("infer", "src/Shop/Shop.csproj", "--all", "--out", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        var text = File.ReadAllText(output);
        Assert.Contains("- id: no-public-instance-fields\n  kind: members\n  members:\n    kind: field\n    visibility: public\n    static: false\n  allowed: false\n", text, StringComparison.Ordinal);
        Assert.Contains("* `no-public-instance-fields` (members): none of the 3 fields is a public instance field; covers 1 type(s), 0 violations today.", text, StringComparison.Ordinal);
        Assert.Contains("- id: is-has-return-bool\n  kind: members\n  members:\n    kind: [method, property]\n    name-matches: \"^(Is|Has)[A-Z]\"\n  returns: bool\n", text, StringComparison.Ordinal);
        Assert.Empty(AdrSet.Load([new AdrSourceFile(output, text)]).Diagnostics);
    }
}
