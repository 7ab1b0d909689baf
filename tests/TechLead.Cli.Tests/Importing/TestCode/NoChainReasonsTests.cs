using System.Linq;
using TechLead.Cli.Importing.TestCode;
using Xunit;

namespace TechLead.Cli.Tests.Importing.TestCode;

/// <summary>A test method without a rule chain is listed with what its code checks instead, so the lead knows what to keep or rewrite.</summary>
public sealed class NoChainReasonsTests
{
    [Fact]
    public void Each_test_without_a_chain_says_what_it_checks()
    {
        using var import = new TestCodeImport().Write("tests/Shop.ArchTests/ProjectTests.cs", """
            using System;
            using System.IO;
            using System.Linq;
            using System.Reflection;
            using System.Xml.Linq;
            using NetArchTest.Rules;
            using Xunit;

            namespace Shop.ArchTests;

            public sealed class ProjectTests
            {
                [Fact]
                public void Domain_is_sealed() =>
                    Assert.True(Types.InAssembly(typeof(Shop.Domain.Orders.Order).Assembly).Should().BeSealed().GetResult().IsSuccessful);

                [Fact]
                public void Domain_project_references_nothing()
                {
                    var project = XDocument.Load(Path.Combine("src", "Shop.Domain", "Shop.Domain.csproj"));
                    Assert.Empty(project.Descendants("ProjectReference"));
                }

                [Fact]
                public void Domain_references_no_web_assembly()
                {
                    var referenced = typeof(Shop.Domain.Orders.Order).Assembly.GetReferencedAssemblies();
                    Assert.DoesNotContain(referenced, a => a.Name == "Shop.Web");
                }

                [Fact]
                public void Aggregates_are_immutable()
                {
                    // written when the immutability check is released
                }

                [Fact]
                public void Every_module_is_checked() => CheckModules("Shop.Modules");

                private static void CheckModules(string prefix)
                {
                    for (var i = 0; i < 3; i++)
                    {
                        Assert.StartsWith(prefix, "Shop.Modules." + i);
                    }
                }
            }
            """);

        var decision = Assert.Single(import.Run(new NetArchTestImporter()));

        Assert.Equal(
            [
                ("tests/Shop.ArchTests/ProjectTests.cs:18", "the test reads files on disk ('XDocument.Load') and checks them in C#: no TechLead rule reads project or source files; keep the test (a dependency between projects can be written as a 'forbid' between their assemblies)"),
                ("tests/Shop.ArchTests/ProjectTests.cs:25", "the test reads types or assemblies with reflection ('GetReferencedAssemblies') and checks them in C#, not with a rule chain: select the types with the library and the check can import, or keep the test"),
                ("tests/Shop.ArchTests/ProjectTests.cs:32", "the test method is empty: it asserts nothing, so there is no rule to import (a placeholder; write the rule when the check exists)"),
                ("tests/Shop.ArchTests/ProjectTests.cs:38", "the test calls 'CheckModules', a helper declared in source whose checks are not a rule chain the importer reads (C# code, recursion or a rule built from values known only when the test runs)"),
            ],
            decision.NotImported.Select(n => (n.Location, n.Reason)).ToList());
    }

    [Fact]
    public void A_rule_extended_in_a_loop_says_its_conditions_are_known_only_when_the_test_runs()
    {
        using var import = new TestCodeImport().Write("tests/Shop.ArchTests/ServiceTests.cs", """
            using ArchUnitNET.Domain;
            using ArchUnitNET.Fluent;
            using ArchUnitNET.xUnit;
            using Xunit;
            using static ArchUnitNET.Fluent.ArchRuleDefinition;

            namespace Shop.ArchTests;

            public sealed class ServiceTests
            {
                private static readonly Architecture Architecture = null!;
                private static readonly string[] Services = ["Shop.Billing", "Shop.Catalog", "Shop.Shipping"];

                [Fact]
                public void Billing_uses_no_other_service()
                {
                    var rule = Types().That().ResideInNamespace("Shop.Billing").Should().NotDependOnAny(Types().That().ResideInNamespace(Services[1]));
                    for (var i = 2; i < Services.Length; i++)
                    {
                        rule = rule.AndShould().NotDependOnAny(Types().That().ResideInNamespace(Services[i]));
                    }

                    rule.Check(Architecture);
                }
            }
            """);

        var decision = Assert.Single(import.Run(new ArchUnitNetImporter()));

        Assert.Equal(
            [
                ("tests/Shop.ArchTests/ServiceTests.cs:15", "the rule is extended in a loop ('rule = rule.AndShould().NotDependOnAny(Types().That().ResideInNamespace(Services[i]))'): how many conditions it has is known only when the test runs; list them in one chain, or one test per condition"),
            ],
            decision.NotImported.Select(n => (n.Location, n.Reason)).ToList());
    }
}
