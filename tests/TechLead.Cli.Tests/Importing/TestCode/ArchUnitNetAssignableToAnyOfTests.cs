using System.Linq;
using TechLead.Cli.Importing.TestCode;

namespace TechLead.Cli.Tests.Importing.TestCode;

/// <summary>rules/0063: ArchUnitNET's <c>BeAssignableTo</c> with several interfaces is a must-implement of any of them, each left out of the checked types.</summary>
public sealed class ArchUnitNetAssignableToAnyOfTests
{
    [Fact]
    public void BeAssignableTo_several_interfaces_is_must_implement_any_of_them()
    {
        using var import = new TestCodeImport()
            .Write("src/Shop.Domain/Messaging.cs", """
                namespace Shop.Domain.Messaging
                {
                    public interface ICommand { }
                    public interface IQuery<TResult> { }
                }
                """)
            .Write("tests/Arch/MessageTests.cs", """
                using ArchUnitNET.Domain;
                using ArchUnitNET.xUnit;
                using Shop.Domain.Messaging;
                using static ArchUnitNET.Fluent.ArchRuleDefinition;

                namespace Shop.Tests;

                public sealed class MessageTests
                {
                    private static readonly Architecture Architecture = null!;

                    [Fact]
                    public void Messages_Are_Commands_Or_Queries() =>
                        Types().That().HaveNameEndingWith("Message").Should().BeAssignableTo(typeof(ICommand), typeof(IQuery<>)).Check(Architecture);
                }
                """);

        var decision = Assert.Single(import.Run(new ArchUnitNetImporter()));

        Assert.Empty(decision.NotImported);
        Assert.Equal(
            ["```techlead\n- id: messages-are-commands-or-queries\n  kind: must-implement\n  types:\n    name: \"*Message\"\n    except:\n      - full-name-matches: ^Shop\\.Domain\\.Messaging\\.ICommand$\n      - full-name-matches: ^Shop\\.Domain\\.Messaging\\.IQuery`1$\n  type: [Shop.Domain.Messaging.ICommand, Shop.Domain.Messaging.IQuery`1]\n```\n"],
            decision.Rules.Select(TestCodeImport.Yaml).ToList());
    }
}
