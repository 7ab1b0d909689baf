using System.Linq;
using TechLead.Cli.Importing.TestCode;

namespace TechLead.Cli.Tests.Importing.TestCode;

public sealed class NetArchTestImporterTests
{
    private const string Header = """
        using System.Reflection;
        using NetArchTest.Rules;
        using Shop.Domain.Orders;
        using Xunit;

        namespace Shop.Tests;

        """;

    [Fact]
    public void A_dependency_chain_becomes_a_forbid_rule_with_the_assembly_constants_and_assertion_message()
    {
        using var import = new TestCodeImport().Write("tests/Arch/LayerTests.cs", Header + """
            public sealed class LayerTests
            {
                private const string Infrastructure = "Shop.Infrastructure";
                private static readonly Assembly Domain = typeof(Order).Assembly;

                [Fact]
                public void Domain_Should_Not_Depend_On_EFCore()
                {
                    var result = Types.InAssembly(Domain).That().ResideInNamespace($"{nameof(Shop)}.Domain")
                        .ShouldNot().HaveDependencyOnAny(Infrastructure, "Microsoft.EntityFrameworkCore").GetResult();
                    Assert.True(result.IsSuccessful, "the domain stays persistence-ignorant");
                }
            }
            """);

        var decision = Assert.Single(import.Run(new NetArchTestImporter()));

        Assert.Equal("netarchtest:tests/Arch/LayerTests.cs#LayerTests", decision.Key);
        Assert.Equal("Layer tests", decision.Title);
        Assert.Empty(decision.NotImported);
        var rule = Assert.Single(decision.Rules);
        Assert.Equal(
            """
            ```techlead
            - id: domain-should-not-depend-on-ef-core
              kind: forbid
              from:
                namespace: Shop.Domain*.**
                assembly: Acme.Shop.Domain
              to: [Shop.Infrastructure.**, Microsoft.EntityFrameworkCore.**]
              because: the domain stays persistence-ignorant
            ```

            """.Replace("\r\n", "\n", System.StringComparison.Ordinal),
            TestCodeImport.Yaml(rule));
    }

    [Fact]
    public void Type_conditions_become_type_rules_of_the_same_meaning()
    {
        using var import = new TestCodeImport().Write("tests/Arch/ConventionTests.cs", Header + """
            public sealed class ConventionTests
            {
                [Fact]
                public void Handlers_Are_Sealed() =>
                    Assert.True(Types.InCurrentDomain().That().HaveNameEndingWith("Handler").And().AreClasses().Should().BeSealed().GetResult().IsSuccessful);

                [Fact]
                public void Roots_Are_Entities() =>
                    Assert.True(Types.InCurrentDomain().That().ImplementInterface(typeof(IAggregateRoot)).Or().AreInterfaces().Should().Inherit(typeof(Entity<>)).GetResult().IsSuccessful);

                [Fact]
                public void Internals_Are_Not_Public() =>
                    Assert.True(Types.InCurrentDomain().That().ResideInNamespace("Shop.Infrastructure.").Should().NotBePublic().GetResult().IsSuccessful);
            }
            """);

        var rules = Assert.Single(import.Run(new NetArchTestImporter())).Rules.Select(TestCodeImport.Yaml).ToList();

        Assert.Equal(
            [
                "```techlead\n- id: handlers-are-sealed\n  kind: modifiers\n  types:\n    name: \"*Handler\"\n    except:\n      kind: interface\n  sealed: true\n```\n",
                "```techlead\n- id: roots-are-entities\n  kind: must-inherit\n  types:\n    - implements: Shop.Domain.Orders.IAggregateRoot\n    - kind: interface\n  type: Shop.Domain.Orders.Entity`1\n```\n",
                "```techlead\n- id: internals-are-not-public\n  kind: modifiers\n  types:\n    namespace: Shop.Infrastructure.**\n  visibility: internal\n```\n",
            ],
            rules);
    }

    [Fact]
    public void Untranslatable_chains_are_quoted_with_location_and_reason_and_nothing_else_is_made_of_them()
    {
        using var import = new TestCodeImport().Write("tests/Arch/HardTests.cs", Header + """
            public sealed class HardTests
            {
                [Fact]
                public void Each_Module_Is_Independent()
                {
                    foreach (var module in System.IO.Directory.GetDirectories("src"))
                    {
                        Assert.True(Types.InCurrentDomain().That().ResideInNamespace("Shop." + module).ShouldNot().HaveDependencyOn("Shop.Shipping").GetResult().IsSuccessful);
                    }
                }

                [Fact]
                public void Domain_Is_Clean() => AssertNoDependency(System.Environment.GetEnvironmentVariable("DOMAIN"), "Shop.Infrastructure");

                [Fact]
                public void Custom_Rule() =>
                    Assert.True(Types.InCurrentDomain().Should().MeetCustomRule(new MyRule()).GetResult().IsSuccessful);

                [Fact]
                public void Unknown_Type() =>
                    Assert.True(Types.InCurrentDomain().Should().ImplementInterface(typeof(IDisposable)).GetResult().IsSuccessful);

                private static void AssertNoDependency(string from, string to) =>
                    Assert.True(Types.InCurrentDomain().That().ResideInNamespace(from).ShouldNot().HaveDependencyOn(to).GetResult().IsSuccessful);
            }
            """);

        var decision = Assert.Single(import.Run(new NetArchTestImporter()));

        Assert.Empty(decision.Rules);
        Assert.Equal(
            [
                ("tests/Arch/HardTests.cs:14", "Types.InCurrentDomain().That().ResideInNamespace(\"Shop.\" + module).ShouldNot().HaveDependencyOn(\"Shop.Shipping\").GetResult()", "the chain is built in a loop over 'System.IO.Directory.GetDirectories(\"src\")', whose elements are known only when the test runs: list them in an array the loop walks"),
                ("tests/Arch/HardTests.cs:19", "Types.InCurrentDomain().That().ResideInNamespace(from).ShouldNot().HaveDependencyOn(to).GetResult()", "the argument of 'ResideInNamespace' ('System.Environment.GetEnvironmentVariable(\"DOMAIN\")') is not a constant known without running the code"),
                ("tests/Arch/HardTests.cs:23", "Types.InCurrentDomain().Should().MeetCustomRule(new MyRule()).GetResult()", "'MeetCustomRule' is a custom condition written in C#"),
                ("tests/Arch/HardTests.cs:27", "Types.InCurrentDomain().Should().ImplementInterface(typeof(IDisposable)).GetResult()", "the type 'IDisposable' is declared nowhere in the repository, the .NET runtime or the restored NuGet packages of the test project where this file sees it, or the name is ambiguous: restore the test project (dotnet restore) or import with its semantic model"),
            ],
            decision.NotImported.Select(n => (n.Location, n.Quote, n.Reason)).ToList());
    }

    [Fact]
    public void Dependency_on_all_of_several_names_in_an_array_is_not_imported_as_a_forbid_of_each()
    {
        // HaveDependencyOnAll fails only a type that uses every name; the names counted, not the arguments that hold them.
        using var import = new TestCodeImport().Write("tests/Arch/HostingTests.cs", Header + """
            public sealed class HostingTests
            {
                [Fact]
                public void Worker_Does_Not_Reference_The_Modules_Directly()
                {
                    string[] modules = ["Shop.Ordering", "Shop.Billing"];
                    Assert.True(Types.InCurrentDomain().That().ResideInNamespace("Shop.Worker").ShouldNot().HaveDependencyOnAll(modules).GetResult().IsSuccessful);
                }

                [Fact]
                public void Worker_Does_Not_Reference_Ordering() =>
                    Assert.True(Types.InCurrentDomain().That().ResideInNamespace("Shop.Worker").ShouldNot().HaveDependencyOnAll(new[] { "Shop.Ordering" }).GetResult().IsSuccessful);
            }
            """);

        var decision = Assert.Single(import.Run(new NetArchTestImporter()));

        var rule = Assert.Single(decision.Rules);
        Assert.Equal("forbid", rule.Kind);
        var skipped = Assert.Single(decision.NotImported);
        Assert.Equal("tests/Arch/HostingTests.cs:13", skipped.Location);
        Assert.Equal("'HaveDependencyOnAll' with several names fails only types that use all of them; TechLead's forbid fails a type that uses any of them", skipped.Reason);
    }

    [Fact]
    public void A_file_that_does_not_parse_is_listed_with_the_parser_message()
    {
        using var import = new TestCodeImport().Write("tests/Arch/Broken.cs", Header + "public sealed class Broken { [Fact] public void X( { }");

        var decision = Assert.Single(import.Run(new NetArchTestImporter()));

        Assert.Equal("netarchtest:tests/Arch/Broken.cs", decision.Key);
        Assert.Empty(decision.Rules);
        var item = Assert.Single(decision.NotImported);
        Assert.Equal("tests/Arch/Broken.cs:1", item.Location);
        Assert.StartsWith("the file does not parse: ", item.Reason, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Global_usings_of_the_project_count_as_the_file_s_own()
    {
        const string Test = """
            namespace Shop.Tests;

            public sealed class DomainTests
            {
                [Fact]
                public void Orders_Are_Sealed() =>
                    Assert.True(Types.InCurrentDomain().That().ResideInNamespace("Shop.Domain.Orders").Should().BeSealed().GetResult().IsSuccessful);
            }
            """;
        using var import = new TestCodeImport()
            .Write("tests/Arch/Arch.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />")
            .Write("tests/Arch/GlobalUsings.cs", "global using NetArchTest.Rules;\nglobal using Xunit;\n")
            .Write("tests/Arch/DomainTests.cs", Test)
            .Write("tests/Items/Items.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup><Using Include=\"NetArchTest.Rules\" /></ItemGroup></Project>")
            .Write("tests/Items/DomainTests.cs", Test)
            .Write("tests/Other/Other.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />")
            .Write("tests/Other/DomainTests.cs", Test);

        var decisions = import.Run(new NetArchTestImporter());

        Assert.Equal(["netarchtest:tests/Arch/DomainTests.cs#DomainTests", "netarchtest:tests/Items/DomainTests.cs#DomainTests"], decisions.Select(d => d.Key));
        Assert.All(decisions, d => Assert.Equal("orders-are-sealed", Assert.Single(d.Rules).Id));
    }

    [Fact]
    public void Files_without_NetArchTest_are_not_read_as_rules()
    {
        using var import = new TestCodeImport().Write("tests/Arch/Other.cs", "namespace X; public sealed class Other { public object GetResult() => new(); }");

        Assert.Empty(import.Run(new NetArchTestImporter()));
    }
}
