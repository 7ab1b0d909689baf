using System.Linq;
using TechLead.Cli.Importing.TestCode;
using Xunit;

namespace TechLead.Cli.Tests.Importing.TestCode;

/// <summary>rules/0065: "is (not) declared inside another type" is a <c>modifiers</c> rule with <c>nested: false</c> / <c>true</c> in both libraries.</summary>
public sealed class NestingImportTests
{
    [Fact]
    public void ArchUnitNet_NotBeNested_and_BeNested_are_modifiers_nested()
    {
        using var import = new TestCodeImport().Write("tests/Arch/ShapeTests.cs", """
            using ArchUnitNET.Domain;
            using ArchUnitNET.xUnit;
            using static ArchUnitNET.Fluent.ArchRuleDefinition;

            namespace Shop.Tests;

            public sealed class ShapeTests
            {
                private static readonly Architecture Architecture = null!;

                [Fact]
                public void Domain_Model_Has_No_Nested_Types() =>
                    Types().That().ResideInNamespace("Shop.Domain.Orders").Should().NotBeNested().Check(Architecture);

                [Fact]
                public void Builders_Are_Nested() =>
                    Classes().That().HaveNameEndingWith("Builder").Should().BeNested().Check(Architecture);
            }
            """);

        var decision = Assert.Single(import.Run(new ArchUnitNetImporter()));

        Assert.Empty(decision.NotImported);
        Assert.Equal(
            [
                "```techlead\n- id: domain-model-has-no-nested-types\n  kind: modifiers\n  types:\n    namespace: Shop.Domain.Orders\n  nested: false\n```\n",
                "```techlead\n- id: builders-are-nested\n  kind: modifiers\n  types:\n    name: \"*Builder\"\n    except:\n      - kind: interface\n      - kind: struct\n      - kind: enum\n  nested: true\n```\n",
            ],
            decision.Rules.Select(TestCodeImport.Yaml).ToList());
    }

    [Fact]
    public void NetArchTest_ShouldNot_BeNested_and_Should_NotBeNested_are_nested_false()
    {
        using var import = new TestCodeImport().Write("tests/Arch/ShapeTests.cs", """
            using NetArchTest.Rules;
            using Shop.Domain.Orders;
            using Xunit;

            namespace Shop.Tests;

            public sealed class ShapeTests
            {
                [Fact]
                public void Domain_Has_No_Nested_Types() =>
                    Assert.True(Types.InAssembly(typeof(Order).Assembly).ShouldNot().BeNested().GetResult().IsSuccessful);

                [Fact]
                public void Commands_Are_Top_Level() =>
                    Assert.True(Types.InAssembly(typeof(Order).Assembly).That().HaveNameEndingWith("Command").Should().NotBeNested().GetResult().IsSuccessful);
            }
            """);

        var decision = Assert.Single(import.Run(new NetArchTestImporter()));

        Assert.Empty(decision.NotImported);
        Assert.Equal(
            [
                "```techlead\n- id: domain-has-no-nested-types\n  kind: modifiers\n  types:\n    assembly: Acme.Shop.Domain\n  nested: false\n```\n",
                "```techlead\n- id: commands-are-top-level\n  kind: modifiers\n  types:\n    name: \"*Command\"\n    assembly: Acme.Shop.Domain\n  nested: false\n```\n",
            ],
            decision.Rules.Select(TestCodeImport.Yaml).ToList());
    }
}
