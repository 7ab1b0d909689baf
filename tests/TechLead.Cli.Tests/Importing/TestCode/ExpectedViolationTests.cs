using System.Linq;
using TechLead.Cli.Importing.TestCode;
using Xunit;

namespace TechLead.Cli.Tests.Importing.TestCode;

/// <summary>A chain whose result the test asserts false is an example of a failing rule: importing it would enforce the opposite.</summary>
public sealed class ExpectedViolationTests
{
    [Fact]
    public void ArchUnitNet_chains_asserted_to_fail_are_not_imported_and_the_ones_asserted_to_hold_are()
    {
        using var import = new TestCodeImport().Write("tests/Arch/DocumentationExamples.cs", """
            using ArchUnitNET.Domain;
            using ArchUnitNET.Fluent;
            using ArchUnitNET.xUnit;
            using Xunit;
            using static ArchUnitNET.Fluent.ArchRuleDefinition;

            namespace Shop.Tests;

            public sealed class DocumentationExamples
            {
                private static readonly Architecture Architecture = null!;

                [Fact]
                public void Domain_Using_Api_Is_Shown_Failing()
                {
                    IArchRule rule = Types().That().ResideInNamespace("Shop.Domain")
                        .Should().NotDependOnAny(Types().That().ResideInNamespace("Shop.Api"));
                    Assert.False(rule.HasNoViolations(Architecture));
                }

                [Fact]
                public void Inline_Chain_Is_Shown_Failing() =>
                    Assert.False(Classes().That().HaveNameEndingWith("Handler").Should().BeSealed().HasNoViolations(Architecture));

                [Fact]
                public void Domain_Does_Not_Use_Infrastructure()
                {
                    IArchRule rule = Types().That().ResideInNamespace("Shop.Domain")
                        .Should().NotDependOnAny(Types().That().ResideInNamespace("Shop.Infrastructure"));
                    Assert.True(rule.HasNoViolations(Architecture));
                }
            }
            """);

        var decision = Assert.Single(import.Run(new ArchUnitNetImporter()));

        Assert.Equal(["domain-does-not-use-infrastructure"], decision.Rules.Select(r => r.Id));
        Assert.Equal(
            [
                ("tests/Arch/DocumentationExamples.cs:18", ExpectedViolation.Reason),
                ("tests/Arch/DocumentationExamples.cs:23", ExpectedViolation.Reason),
            ],
            decision.NotImported.Select(n => (n.Location, n.Reason)));
    }

    [Fact]
    public void NetArchTest_results_asserted_unsuccessful_are_not_imported_but_failing_types_asserted_empty_are()
    {
        using var import = new TestCodeImport().Write("tests/Arch/LayerTests.cs", """
            using System.Linq;
            using FluentAssertions;
            using NetArchTest.Rules;
            using Xunit;

            namespace Shop.Tests;

            public sealed class LayerTests
            {
                [Fact]
                public void Sample_Of_A_Broken_Layer()
                {
                    var result = Types.InCurrentDomain().That().ResideInNamespace("Shop.Domain")
                        .ShouldNot().HaveDependencyOn("Shop.Api").GetResult();
                    result.IsSuccessful.Should().BeFalse();
                }

                [Fact]
                public void Domain_Does_Not_Use_Persistence()
                {
                    var result = Types.InCurrentDomain().That().ResideInNamespace("Shop.Domain")
                        .ShouldNot().HaveDependencyOn("Shop.Persistence").GetResult();
                    Assert.False(result.FailingTypeNames?.Any() ?? false);
                }
            }
            """);

        var decision = Assert.Single(import.Run(new NetArchTestImporter()));

        Assert.Equal(["domain-does-not-use-persistence"], decision.Rules.Select(r => r.Id));
        var item = Assert.Single(decision.NotImported);
        Assert.Equal(ExpectedViolation.Reason, item.Reason);
        Assert.Equal("tests/Arch/LayerTests.cs:13", item.Location);
    }
}
