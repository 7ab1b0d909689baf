using System.Linq;
using TechLead.Cli.Importing.TestCode;
using Xunit;

namespace TechLead.Cli.Tests.Importing.TestCode;

/// <summary>
/// rules/0065: a namespace condition given as a regular expression (or as text contained in the namespace) is a
/// <c>placement</c> with <c>namespace-matches</c>, with each library's case rule: ArchUnitNET compares case, NetArchTest
/// ignores it (<c>(?i)</c>). A regex a glob says the same as stays a glob.
/// </summary>
public sealed class PlacementByRegexImportTests
{
    [Fact]
    public void ArchUnitNet_Should_ResideInNamespaceMatching_is_placement_by_the_same_regex()
    {
        using var import = new TestCodeImport().Write("tests/Arch/HandlerTests.cs", """
            using ArchUnitNET.Domain;
            using ArchUnitNET.xUnit;
            using Xunit;
            using static ArchUnitNET.Fluent.ArchRuleDefinition;

            namespace Shop.Tests;

            public sealed class HandlerTests
            {
                private const string FeatureNamespace = "Shop.*.Features.*";
                private static readonly Architecture Architecture = null!;

                [Fact]
                public void Handlers_Live_In_Features() =>
                    Classes().That().HaveNameEndingWith("Handler").Should().ResideInNamespaceMatching(FeatureNamespace).Check(Architecture);

                [Fact]
                public void Api_Types_Live_In_The_Api() =>
                    Types().That().HaveNameEndingWith("Controller").Should().ResideInNamespaceMatching(@"^Shop\.Api(\..*)?$").Check(Architecture);
            }
            """);

        var decision = Assert.Single(import.Run(new ArchUnitNetImporter()));

        Assert.Empty(decision.NotImported);
        Assert.Equal(
            [
                "```techlead\n- id: handlers-live-in-features\n  kind: placement\n  types:\n    name: \"*Handler\"\n    except:\n      - kind: interface\n      - kind: struct\n      - kind: enum\n  namespace-matches: Shop.*.Features.*\n```\n",
                "```techlead\n- id: api-types-live-in-the-api\n  kind: placement\n  types:\n    name: \"*Controller\"\n  namespace: Shop.Api.**\n```\n",
            ],
            decision.Rules.Select(TestCodeImport.Yaml).ToList());
    }

    [Fact]
    public void NetArchTest_Should_ResideInNamespaceMatching_Containing_and_EndingWith_ignore_case()
    {
        using var import = new TestCodeImport().Write("tests/Arch/FeatureTests.cs", """
            using NetArchTest.Rules;
            using Shop.Domain.Orders;
            using Xunit;

            namespace Shop.Tests;

            public sealed class FeatureTests
            {
                [Fact]
                public void Features_Are_Versioned() =>
                    Assert.True(Types.InAssembly(typeof(Order).Assembly).That().ResideInNamespaceContaining(".Features.").Should().ResideInNamespaceMatching(@"\.Features\.v\d+").GetResult().IsSuccessful);

                [Fact]
                public void Endpoints_Live_In_Features() =>
                    Assert.True(Types.InAssembly(typeof(Order).Assembly).That().HaveNameEndingWith("Endpoint").Should().ResideInNamespaceContaining(".Features.").GetResult().IsSuccessful);

                [Fact]
                public void Contracts_End_In_Contracts() =>
                    Assert.True(Types.InAssembly(typeof(Order).Assembly).That().HaveNameEndingWith("Dto").Should().ResideInNamespaceEndingWith(".Contracts").GetResult().IsSuccessful);
            }
            """);

        var decision = Assert.Single(import.Run(new NetArchTestImporter()));

        Assert.Empty(decision.NotImported);
        Assert.Equal(
            [
                "```techlead\n- id: features-are-versioned\n  kind: placement\n  types:\n    assembly: Acme.Shop.Domain\n    namespace-matches: (?i)\\.Features\\.\n  namespace-matches: (?i)\\.Features\\.v\\d+\n```\n",
                "```techlead\n- id: endpoints-live-in-features\n  kind: placement\n  types:\n    name: \"*Endpoint\"\n    assembly: Acme.Shop.Domain\n  namespace-matches: (?i)\\.Features\\.\n```\n",
                "```techlead\n- id: contracts-end-in-contracts\n  kind: placement\n  types:\n    name: \"*Dto\"\n    assembly: Acme.Shop.Domain\n  namespace-matches: (?i)\\.Contracts$\n```\n",
            ],
            decision.Rules.Select(TestCodeImport.Yaml).ToList());
    }
}
