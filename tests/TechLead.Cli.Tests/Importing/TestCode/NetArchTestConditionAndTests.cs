using System.Linq;
using TechLead.Cli.Importing.TestCode;
using Xunit;

namespace TechLead.Cli.Tests.Importing.TestCode;

/// <summary>
/// NetArchTest's <c>Should().A().And().B()</c> fails a type that breaks A or B: one rule per condition flags the same
/// types. <c>BeClasses()</c> beside <c>BeSealed()</c> adds nothing (an interface is never sealed).
/// </summary>
public sealed class NetArchTestConditionAndTests
{
    [Fact]
    public void Conditions_joined_with_And_become_one_rule_each()
    {
        using var import = new TestCodeImport().Write("tests/Arch/EndpointTests.cs", """
            using NetArchTest.Rules;
            using Shop.Domain.Orders;
            using Xunit;

            namespace Shop.Tests;

            public sealed class EndpointTests
            {
                [Fact]
                public void Endpoints_Are_Sealed_Internal_Classes() =>
                    Assert.True(Types.InAssembly(typeof(Order).Assembly).That().HaveNameEndingWith("Endpoint")
                        .Should().BeClasses().And().BeSealed().And().NotBePublic().GetResult().IsSuccessful);

                [Fact]
                public void Mappers_Are_Static() =>
                    Assert.True(Types.InAssembly(typeof(Order).Assembly).That().HaveNameEndingWith("Mapper").Should().BeStatic().GetResult().IsSuccessful);

                [Fact]
                public void Handlers_Are_Classes() =>
                    Assert.True(Types.InAssembly(typeof(Order).Assembly).That().HaveNameEndingWith("Handler").Should().BeClasses().And().NotBePublic().GetResult().IsSuccessful);

                [Fact]
                public void Not_Both() =>
                    Assert.True(Types.InAssembly(typeof(Order).Assembly).ShouldNot().BeSealed().And().BePublic().GetResult().IsSuccessful);
            }
            """);

        var decision = Assert.Single(import.Run(new NetArchTestImporter()));

        Assert.Equal(
            [
                "```techlead\n- id: endpoints-are-sealed-internal-classes\n  kind: modifiers\n  types:\n    name: \"*Endpoint\"\n    assembly: Acme.Shop.Domain\n  sealed: true\n```\n",
                "```techlead\n- id: endpoints-are-sealed-internal-classes-2\n  kind: modifiers\n  types:\n    name: \"*Endpoint\"\n    assembly: Acme.Shop.Domain\n  visibility: internal\n```\n",
                "```techlead\n- id: mappers-are-static\n  kind: modifiers\n  types:\n    name: \"*Mapper\"\n    assembly: Acme.Shop.Domain\n  static: true\n```\n",
            ],
            decision.Rules.Select(TestCodeImport.Yaml).ToList());
        Assert.Equal(
            [
                ("tests/Arch/EndpointTests.cs:20", "'Should().BeClasses()' (no selected type may be an interface) has no TechLead rule unless 'BeSealed()' or 'BeStatic()' goes with it: TechLead rules say what the selected types must be, not which kinds a selection may hold"),
                ("tests/Arch/EndpointTests.cs:24", "'ShouldNot()' with several conditions joined with 'And' fails only types that meet all of them; each TechLead rule checks one condition"),
            ],
            decision.NotImported.Select(n => (n.Location, n.Reason)).ToList());
    }
}
