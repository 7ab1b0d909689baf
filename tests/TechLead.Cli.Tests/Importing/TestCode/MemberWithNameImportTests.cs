using System.Linq;
using TechLead.Cli.Importing.TestCode;
using Xunit;

namespace TechLead.Cli.Tests.Importing.TestCode;

/// <summary>rules/0063, rules/0065: ArchUnitNET's <c>HavePropertyMemberWithName</c> / <c>HaveFieldMemberWithName</c> is a <c>members</c> rule with <c>must-exist: true</c>.</summary>
public sealed class MemberWithNameImportTests
{
    [Fact]
    public void HavePropertyMemberWithName_and_HaveFieldMemberWithName_require_the_member_to_exist()
    {
        using var import = new TestCodeImport().Write("tests/Arch/OrderTests.cs", """
            using ArchUnitNET.Domain;
            using ArchUnitNET.xUnit;
            using Shop.Domain.Orders;
            using Xunit;
            using static ArchUnitNET.Fluent.ArchRuleDefinition;

            namespace Shop.Tests;

            public sealed class OrderTests
            {
                private static readonly Architecture Architecture = null!;

                [Fact]
                public void Order_Has_Its_Lines() =>
                    Classes().That().ResideInNamespace("Shop.Domain.Orders").And().HaveName(nameof(Order)).Should().HavePropertyMemberWithName("Lines").Check(Architecture);

                [Fact]
                public void Aggregates_Keep_Their_Events() =>
                    Classes().That().HaveNameEndingWith("Aggregate").Should().HaveFieldMemberWithName("_events").Check(Architecture);

                [Fact]
                public void Order_Has_A_Total_Method() =>
                    Classes().That().HaveName("Order").Should().HaveMethodMemberWithName("Total()").Check(Architecture);
            }
            """);

        var decision = Assert.Single(import.Run(new ArchUnitNetImporter()));

        Assert.Equal(
            [
                "```techlead\n- id: order-has-its-lines\n  kind: members\n  members:\n    kind: property\n    name: Lines\n    types:\n      name: Order\n      namespace: Shop.Domain.Orders\n      except:\n        - kind: interface\n        - kind: struct\n        - kind: enum\n  must-exist: true\n```\n",
                "```techlead\n- id: aggregates-keep-their-events\n  kind: members\n  members:\n    kind: field\n    name: _events\n    types:\n      name: \"*Aggregate\"\n      except:\n        - kind: interface\n        - kind: struct\n        - kind: enum\n  must-exist: true\n```\n",
            ],
            decision.Rules.Select(TestCodeImport.Yaml).ToList());
        Assert.Equal(
            [("tests/Arch/OrderTests.cs:23", "the condition 'HaveMethodMemberWithName' has no TechLead rule of the same meaning")],
            decision.NotImported.Select(n => (n.Location, n.Reason)).ToList());
    }
}
