using System.Linq;
using TechLead.Cli.Importing.TestCode;
using Xunit;

namespace TechLead.Cli.Tests.Importing.TestCode;

/// <summary>
/// A base-class helper that picks a selection with a <c>switch</c> on its argument (<c>ServiceTypes(service)</c>), called
/// with the rows of a theory: each row reads the arm its constant takes.
/// </summary>
public sealed class SelectionChosenBySwitchTests
{
    [Fact]
    public void Each_row_reads_the_selection_its_switch_arm_names()
    {
        using var import = new TestCodeImport().Write("src/Shop.Domain/Kernel.cs", """
            namespace Shop.Kernel
            {
                public abstract class AggregateRoot { }
            }
            """).Write("tests/Arch/ServiceTestBase.cs", """
            using System;
            using ArchUnitNET.Domain;
            using ArchUnitNET.Fluent;
            using static ArchUnitNET.Fluent.ArchRuleDefinition;

            namespace Shop.Tests;

            public abstract class ServiceTestBase
            {
                protected static readonly Architecture Architecture = null!;

                private static readonly IObjectProvider<IType> Billing = Types().That().ResideInNamespace("Shop.Billing").As("Billing");
                private static readonly IObjectProvider<IType> Catalog = Types().That().ResideInNamespace("Shop.Catalog").As("Catalog");

                protected static IObjectProvider<IType> ServiceTypes(string service) => service switch
                {
                    "Billing" => Billing,
                    "Catalog" => Catalog,
                    _ => throw new ArgumentException($"Unknown service: {service}"),
                };
            }
            """).Write("tests/Arch/ServiceTests.cs", """
            using ArchUnitNET.xUnit;
            using Shop.Kernel;
            using Xunit;
            using static ArchUnitNET.Fluent.ArchRuleDefinition;

            namespace Shop.Tests;

            public sealed class ServiceTests : ServiceTestBase
            {
                [Theory]
                [InlineData("Billing")]
                [InlineData("Catalog")]
                public void Services_Do_Not_Use_Each_Other(string service) =>
                    Types().That().Are(ServiceTypes(service)).Should().NotDependOnAny(Types().That().ResideInNamespace("Shop.Web")).Check(Architecture);

                [Theory]
                [InlineData("Catalog")]
                public void Catalog_Has_No_Aggregates(string service) =>
                    Types().That().Are(ServiceTypes(service)).Should().NotBeAssignableTo(typeof(AggregateRoot)).Check(Architecture);
            }
            """);

        var decision = Assert.Single(import.Run(new ArchUnitNetImporter()), d => d.Key.EndsWith("ServiceTests", System.StringComparison.Ordinal));

        Assert.Equal(
            [
                "```techlead\n- id: services-do-not-use-each-other\n  kind: forbid\n  from:\n    - namespace: Shop.Billing\n    - namespace: Shop.Catalog\n  to:\n    namespace: Shop.Web\n```\n",
                "```techlead\n- id: catalog-has-no-aggregates\n  kind: must-not-inherit\n  types:\n    namespace: Shop.Catalog\n  type: Shop.Kernel.AggregateRoot\n```\n",
            ],
            decision.Rules.Select(TestCodeImport.Yaml).ToList());
        Assert.Empty(decision.NotImported);
    }
}
