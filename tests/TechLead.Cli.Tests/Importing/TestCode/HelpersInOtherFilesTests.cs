using System.Linq;
using TechLead.Cli.Importing.TestCode;

namespace TechLead.Cli.Tests.Importing.TestCode;

/// <summary>
/// Suites that keep their NetArchTest chains in a helper file (an extension method in a Common folder) and tests in files
/// that use neither library themselves: the tests are read through the helper, its parameters bound to what each test
/// passes (also the name a helper returns, <c>NameOf(DomainAssembly)</c>), and the helper is not imported again on its own.
/// Also NetArchTest's <c>AreNotAbstract</c> and, read from syntax, the <c>Program</c> class top-level statements compile into.
/// </summary>
public sealed class HelpersInOtherFilesTests
{
    private static TestCodeImport Suite(string tests) => new TestCodeImport()
        .Write("src/Shop.Billing/Shop.Billing.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />")
        .Write("src/Shop.Billing/Invoice.cs", "namespace Shop.Billing;\n\npublic sealed class Invoice { }\n")
        .Write("tests/Shop.ArchTests/Shop.ArchTests.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />")
        .Write("tests/Shop.ArchTests/Common/ArchitectureTestBase.cs", """
            using System.Reflection;
            using Shop.Billing;
            using Shop.Domain.Orders;

            namespace Shop.ArchTests.Common;

            public abstract class ArchitectureTestBase
            {
                protected Assembly DomainAssembly { get; } = typeof(Order).Assembly;

                protected Assembly BillingAssembly { get; } = typeof(Invoice).Assembly;

                protected static string NameOf(Assembly assembly) => assembly.GetName().Name!;
            }
            """)
        .Write("tests/Shop.ArchTests/Common/ArchitectureRules.cs", """
            using System.Reflection;
            using NetArchTest.Rules;
            using Xunit;

            namespace Shop.ArchTests.Common;

            public static class ArchitectureRules
            {
                public static void ShouldPass(this TestResult result) => Assert.True(result.IsSuccessful);

                public static TestResult MustNotDependOn(this Assembly assembly, string dependency)
                {
                    return Types.InAssembly(assembly)
                        .Should()
                        .NotHaveDependencyOn(dependency)
                        .GetResult();
                }
            }
            """)
        .Write("tests/Shop.ArchTests/LayerTests.cs", tests);

    [Fact]
    public void Tests_in_a_file_without_the_library_are_read_through_the_helper_of_another_file()
    {
        using var import = Suite("""
            using Shop.ArchTests.Common;
            using Xunit;

            namespace Shop.ArchTests;

            public sealed class LayerTests : ArchitectureTestBase
            {
                [Fact]
                public void Domain_does_not_use_billing() => DomainAssembly.MustNotDependOn("Shop.Billing").ShouldPass();

                [Fact]
                public void Billing_does_not_use_the_domain()
                {
                    BillingAssembly
                        .MustNotDependOn(NameOf(DomainAssembly))
                        .ShouldPass();
                }
            }
            """);

        var decision = Assert.Single(import.Run(new NetArchTestImporter()));

        Assert.Equal("tests/Shop.ArchTests/LayerTests.cs", decision.SourcePath);
        Assert.Empty(decision.NotImported);
        Assert.Equal(
            [
                "```techlead\n- id: domain-does-not-use-billing\n  kind: forbid\n  from:\n    assembly: Acme.Shop.Domain\n  to: [Shop.Billing.**]\n```\n",
                "```techlead\n- id: billing-does-not-use-the-domain\n  kind: forbid\n  from:\n    assembly: Shop.Billing\n  to: [Acme.Shop.Domain.**]\n```\n",
            ],
            decision.Rules.Select(TestCodeImport.Yaml));
        Assert.Equal(2, decision.Tests.Count);
        Assert.All(decision.Tests, t => Assert.True(t.FullyImported, t.Name));
    }

    [Fact]
    public void A_test_file_whose_helpers_build_no_chain_is_not_an_architecture_suite()
    {
        using var import = Suite("""
            using Xunit;

            namespace Shop.ArchTests;

            public static class Money
            {
                public static decimal Round(decimal amount) => decimal.Round(amount, 2);
            }

            public sealed class MoneyTests
            {
                [Fact]
                public void Rounds_to_cents() => Assert.Equal(1.24m, Money.Round(1.235m));
            }
            """);

        // The helper, called by no test, is imported on its own as before; the test file is not read as NetArchTest code.
        var decision = Assert.Single(import.Run(new NetArchTestImporter()));
        Assert.Equal("tests/Shop.ArchTests/Common/ArchitectureRules.cs", decision.SourcePath);
    }

    [Fact]
    public void NetArchTest_AreNotAbstract_leaves_out_abstract_and_static_classes_as_the_il_flag_does()
    {
        using var import = new TestCodeImport()
            .Write("tests/Shop.ArchTests/Shop.ArchTests.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />")
            .Write("tests/Shop.ArchTests/HandlerTests.cs", """
                using NetArchTest.Rules;
                using Shop.Domain.Orders;
                using Xunit;

                namespace Shop.ArchTests;

                public sealed class HandlerTests
                {
                    [Fact]
                    public void Concrete_handlers_are_sealed() =>
                        Assert.True(Types.InAssembly(typeof(Order).Assembly).That().HaveNameEndingWith("Handler").And().AreNotAbstract()
                            .Should().BeSealed().GetResult().IsSuccessful);
                }
                """);

        var decision = Assert.Single(import.Run(new NetArchTestImporter()));

        Assert.Empty(decision.NotImported);
        Assert.Equal(
            "```techlead\n- id: concrete-handlers-are-sealed\n  kind: modifiers\n  types:\n    name: \"*Handler\"\n    assembly: Acme.Shop.Domain\n    abstract: false\n    static: false\n  sealed: true\n```\n",
            TestCodeImport.Yaml(Assert.Single(decision.Rules)));
    }
    [Fact]
    public void The_Program_class_of_top_level_statements_is_found_in_the_project_the_tests_reference()
    {
        const string TopLevel = "var app = System.Array.Empty<string>();\nSystem.Console.WriteLine(app.Length);\n";
        using var import = new TestCodeImport()
            .Write("src/Shop.Api/Shop.Api.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\" />")
            .Write("src/Shop.Api/Program.cs", TopLevel)
            .Write("src/Shop.Worker/Shop.Worker.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Worker\" />")
            .Write("src/Shop.Worker/Program.cs", TopLevel)
            .Write("tests/Shop.ArchTests/Shop.ArchTests.csproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <ItemGroup>
                    <ProjectReference Include="..\..\src\Shop.Api\Shop.Api.csproj" />
                  </ItemGroup>
                </Project>
                """)
            .Write("tests/Shop.ArchTests/ApiTests.cs", """
                using NetArchTest.Rules;
                using Xunit;

                namespace Shop.ArchTests;

                public sealed class ApiTests
                {
                    [Fact]
                    public void Api_does_not_use_the_worker() =>
                        Assert.True(Types.InAssembly(typeof(Program).Assembly).ShouldNot().HaveDependencyOn("Shop.Worker").GetResult().IsSuccessful);
                }
                """);

        var decision = Assert.Single(import.Run(new NetArchTestImporter()));

        Assert.Empty(decision.NotImported);
        Assert.Equal(
            "```techlead\n- id: api-does-not-use-the-worker\n  kind: forbid\n  from:\n    assembly: Shop.Api\n  to: [Shop.Worker.**]\n```\n",
            TestCodeImport.Yaml(Assert.Single(decision.Rules)));
    }
}
