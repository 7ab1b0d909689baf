using System.Linq;
using TechLead.Cli.Importing.TestCode;
using Xunit;

namespace TechLead.Cli.Tests.Importing.TestCode;

/// <summary>
/// A name check on ArchUnitNET's objects (<c>Interfaces().GetObjects(architecture).ShouldAllBe(i =&gt; Regex.IsMatch(i.Name, ..))</c>)
/// is a <c>naming</c> rule; any other check of the objects says it is C# code.
/// </summary>
public sealed class ArchUnitNetObjectNamesTests
{
    [Fact]
    public void A_name_check_on_the_selected_objects_is_a_naming_rule()
    {
        using var import = new TestCodeImport().Write("tests/Shop.ArchTests/NamingTests.cs", """
            using System.Text.RegularExpressions;
            using ArchUnitNET.Domain;
            using Shouldly;
            using Xunit;
            using static ArchUnitNET.Fluent.ArchRuleDefinition;

            namespace Shop.ArchTests;

            public sealed class NamingTests
            {
                private static readonly Architecture Shop = null!;

                [Fact]
                public void Interfaces_start_with_I() =>
                    Interfaces().GetObjects(Shop).ShouldAllBe(i => Regex.IsMatch(i.Name, "^I[A-Z]"));

                [Fact]
                public void Handlers_end_with_Handler() =>
                    Classes().That().ResideInNamespace("Shop.Handlers").GetObjects(Shop).ShouldAllBe(c => c.Name.EndsWith("Handler"));

                [Fact]
                public void Handlers_are_sealed() =>
                    Classes().That().ResideInNamespace("Shop.Handlers").GetObjects(Shop).ShouldAllBe(c => c.IsSealed == true);
            }
            """);

        var decision = Assert.Single(import.Run(new ArchUnitNetImporter()));

        Assert.Equal(
            [
                "```techlead\n- id: interfaces-start-with-i\n  kind: naming\n  types:\n    kind: interface\n  pattern: \"^I[A-Z]\"\n```\n",
                "```techlead\n- id: handlers-end-with-handler\n  kind: naming\n  types:\n    namespace: Shop.Handlers\n    except:\n      - kind: interface\n      - kind: struct\n      - kind: enum\n  pattern: Handler$\n```\n",
            ],
            decision.Rules.Select(TestCodeImport.Yaml).ToList());
        Assert.Equal(
            [
                ("tests/Shop.ArchTests/NamingTests.cs:23", "'ShouldAllBe(c => c.IsSealed == true)' checks the selected objects with C# code; only a check of their name (Regex.IsMatch(x.Name, pattern), x.Name.StartsWith/EndsWith) is read as a rule"),
            ],
            decision.NotImported.Select(n => (n.Location, n.Reason)).ToList());
    }
}
