using System.Linq;
using TechLead.Cli.Importing.TestCode;
using Xunit;

namespace TechLead.Cli.Tests.Importing.TestCode;

/// <summary>rules/0052: ArchUnitNET conditions no TechLead rule says are listed with what they check and what a lead can do.</summary>
public sealed class ConditionBlockerTests
{
    [Fact]
    public void Existence_records_and_calls_are_listed_with_the_real_blocker()
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
                public void No_Managers_Exist() =>
                    Classes().That().HaveNameEndingWith("Manager").Should().NotExist().Check(Architecture);

                [Fact]
                public void Events_Are_Records() =>
                    Classes().That().HaveNameEndingWith("Event").Should().BeRecord().Check(Architecture);

                [Fact]
                public void Controllers_Do_Not_Call_The_Database() =>
                    Classes().That().HaveNameEndingWith("Controller").Should().NotCallAny(MethodMembers().That().HaveNameContaining("Sql")).Check(Architecture);
            }
            """);

        var decision = Assert.Single(import.Run(new ArchUnitNetImporter()));

        Assert.Empty(decision.Rules);
        Assert.Equal(
            [
                "'NotExist()' fails when any type matches the selection; TechLead rules constrain the types that exist and none forbids a selection to match (a 'members' rule's 'allowed: false' is for members only): keep the test, or state what such a type would break (a 'forbid' on its dependencies, a 'naming' rule)",
                "'BeRecord()' requires each type to be a record; TechLead selects records ('kind: record') but no rule requires a type to be one: keep the test, or require what the team wants of the records ('modifiers' with 'immutable: true' or 'sealed: true')",
                "'NotCallAny(...)' checks which methods the types call; TechLead's 'banned-api' bans named methods (doc-comment IDs) for every caller in its 'in' selection and 'forbid' forbids every use of a type, not calls alone: write a 'banned-api' rule with the methods' IDs where the member selection names them",
            ],
            decision.NotImported.Select(n => n.Reason));
    }
}
