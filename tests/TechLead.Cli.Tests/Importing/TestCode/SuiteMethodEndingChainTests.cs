using System.Linq;
using TechLead.Cli.Importing.TestCode;
using Xunit;

namespace TechLead.Cli.Tests.Importing.TestCode;

/// <summary>
/// An ArchUnitNET chain that ends in the suite's own extension method (<c>.ToSuiteRule()</c>) names that method as the
/// blocker: what it does with the rule is the suite's code, not a condition of several joined with <c>AndShould</c>.
/// </summary>
public sealed class SuiteMethodEndingChainTests
{
    [Fact]
    public void The_suites_own_method_after_the_conditions_is_named_as_the_blocker()
    {
        using var import = new TestCodeImport().Write("tests/Shop.ArchTests/SuiteRules.cs", """
            using ArchUnitNET.Fluent;

            namespace Shop.ArchTests;

            public static class SuiteRules
            {
                public static SuiteRule ToSuiteRule(this IArchRule rule, string name = "") => new(rule, name);
            }

            public sealed record SuiteRule(IArchRule Rule, string Name);
            """).Write("tests/Shop.ArchTests/ValueObjectTests.cs", """
            using ArchUnitNET.Fluent;
            using Xunit;
            using static ArchUnitNET.Fluent.ArchRuleDefinition;

            namespace Shop.ArchTests;

            public sealed class ValueObjectTests
            {
                [Fact]
                public void Value_objects_are_public_and_sealed()
                {
                    Assert.NotNull(Classes().That().HaveNameEndingWith("Value").Should().BePublic().AndShould().BeSealed().ToSuiteRule());
                }
            }
            """);

        var decision = Assert.Single(import.Run(new ArchUnitNetImporter()), d => d.Key.EndsWith("ValueObjectTests", System.StringComparison.Ordinal));

        Assert.Empty(decision.Rules);
        Assert.Equal(
            [
                ("tests/Shop.ArchTests/ValueObjectTests.cs:12", "'ToSuiteRule' after the conditions is a method declared in the suite, not an ArchUnitNET condition: what it does with the rule is the suite's own code; end the chain at its conditions (Check, or the library's Evaluate) and it imports"),
            ],
            decision.NotImported.Select(n => (n.Location, n.Reason)).ToList());
    }
}
