using System.Linq;
using TechLead.Cli.Importing.TestCode;
using Xunit;

namespace TechLead.Cli.Tests.Importing.TestCode;

/// <summary>Smaller ArchUnitNET idioms of real suites: a namespace regex written as an alternation, BeInternal, DoNotResideInAssembly.</summary>
public sealed class ArchUnitNetChainIdiomTests
{
    [Fact]
    public void Alternation_regex_placement_internal_types_and_an_excluded_assembly_import_exactly()
    {
        using var import = new TestCodeImport().Write("tests/Arch/LayerTests.cs", """
            using ArchUnitNET.Domain;
            using ArchUnitNET.xUnit;
            using Shop.Domain.Orders;
            using static ArchUnitNET.Fluent.ArchRuleDefinition;

            namespace Shop.Tests;

            public sealed class LayerTests
            {
                private static readonly Architecture Architecture = null!;

                [Fact]
                public void Ports_Live_In_The_Ports_Namespace() =>
                    Interfaces().That().HaveNameEndingWith("Port").Should()
                        .ResideInNamespaceMatching(@"^(Shop\.Application\.Ports|Shop\.Application\.Ports\..*)$").Check(Architecture);

                [Fact]
                public void Adapters_Are_Internal() =>
                    Classes().That().HaveNameEndingWith("Adapter").Should().BeInternal().Check(Architecture);

                [Fact]
                public void Outside_The_Domain_Nothing_Uses_Orders_Directly() =>
                    Types().That().DoNotResideInAssembly(typeof(Order).Assembly)
                        .Should().NotDependOnAny(Types().That().ResideInNamespace("Shop.Domain.Orders")).Check(Architecture);
            }
            """);

        var decision = Assert.Single(import.Run(new ArchUnitNetImporter()));

        Assert.Empty(decision.NotImported);
        Assert.Equal(
            [
                "```techlead\n- id: ports-live-in-the-ports-namespace\n  kind: placement\n  types:\n    name: \"*Port\"\n    kind: interface\n  namespace: Shop.Application.Ports.**\n```\n",
                "```techlead\n- id: adapters-are-internal\n  kind: modifiers\n  types:\n    name: \"*Adapter\"\n    except:\n      - kind: interface\n      - kind: struct\n      - kind: enum\n  visibility: internal\n```\n",
                "```techlead\n- id: outside-the-domain-nothing-uses-orders-directly\n  kind: forbid\n  from:\n    name: \"*\"\n    except:\n      assembly: Acme.Shop.Domain\n  to:\n    namespace: Shop.Domain.Orders\n```\n",
            ],
            decision.Rules.Select(TestCodeImport.Yaml).ToList());
    }

    [Fact]
    public void A_chain_built_from_theory_data_names_the_test_parameter_as_the_blocker()
    {
        using var import = new TestCodeImport().Write("tests/Arch/ModuleTests.cs", """
            using ArchUnitNET.Domain;
            using ArchUnitNET.xUnit;
            using static ArchUnitNET.Fluent.ArchRuleDefinition;

            namespace Shop.Tests;

            public sealed class ModuleTests
            {
                private static readonly Architecture Architecture = null!;

                [Theory]
                [MemberData(nameof(Modules))]
                public void Domain_Does_Not_Use_Infrastructure(string module) =>
                    DomainOf(module).Should().NotDependOnAny(Types().That().ResideInNamespace("Shop.Infrastructure")).Check(Architecture);

                private static ArchUnitNET.Fluent.Syntax.Elements.Types.GivenTypesConjunction DomainOf(string name) =>
                    Types().That().ResideInNamespace($"Shop.{name}.Domain");
            }
            """);

        var item = Assert.Single(Assert.Single(import.Run(new ArchUnitNetImporter())).NotImported);

        Assert.Equal(
            ("tests/Arch/ModuleTests.cs:14", "the argument of 'ResideInNamespace' ('$\"Shop.{name}.Domain\"') uses 'module', a parameter of the test method whose values the test framework passes when the test runs ([InlineData], [MemberData], [ClassData]): write the values in an array the test walks with foreach"),
            (item.Location, item.Reason));
    }

    [Fact]
    public void A_theory_is_read_once_per_data_row_and_the_rows_merge_where_that_means_the_same()
    {
        using var import = new TestCodeImport().Write("tests/Arch/IsolationTests.cs", """
            using ArchUnitNET.Domain;
            using ArchUnitNET.xUnit;
            using static ArchUnitNET.Fluent.ArchRuleDefinition;

            namespace Shop.Tests;

            public sealed class IsolationTests
            {
                private static readonly Architecture Architecture = null!;

                [Theory]
                [InlineData("Shop.Infrastructure")]
                [InlineData("Shop.Web")]
                public void Domain_Is_Isolated(string outer) =>
                    Types().That().ResideInNamespace("Shop.Domain").Should().NotDependOnAny(Types().That().ResideInNamespace(outer)).Check(Architecture);

                [Theory]
                [InlineData("Orders", "Billing", Skip = "not yet")]
                [InlineData("Billing", "Orders")]
                public void Modules_Are_Independent(string module, string other) =>
                    Types().That().ResideInNamespace($"Shop.{module}").Should().NotDependOnAny(Types().That().ResideInNamespace($"Shop.{other}")).Check(Architecture);
            }
            """);

        var decision = Assert.Single(import.Run(new ArchUnitNetImporter()));

        Assert.Empty(decision.NotImported);
        Assert.Equal(
            [
                "```techlead\n- id: domain-is-isolated\n  kind: forbid\n  from:\n    namespace: Shop.Domain\n  to:\n    - namespace: Shop.Infrastructure\n    - namespace: Shop.Web\n```\n",
                "```techlead\n- id: modules-are-independent\n  kind: forbid\n  from:\n    namespace: Shop.Orders\n  to:\n    namespace: Shop.Billing\n```\n",
                "```techlead\n- id: modules-are-independent-2\n  kind: forbid\n  from:\n    namespace: Shop.Billing\n  to:\n    namespace: Shop.Orders\n```\n",
            ],
            decision.Rules.Select(TestCodeImport.Yaml).ToList());
    }
}
