using System.Linq;
using TechLead.Cli.Importing.TestCode;

namespace TechLead.Cli.Tests.Importing.TestCode;

/// <summary>
/// The idioms real suites use to build a rule outside the test method (issue 20, "What blocks today" item 1): layers kept
/// in another class, helpers that return a selection or build the whole chain, loops over a literal list, lists kept in
/// locals. Each is followed to the values it stands for and becomes the rule the test checks.
/// </summary>
public sealed class SelectionsBuiltElsewhereTests
{
    private const string ArchUnitHeader = """
        using ArchUnitNET.Domain;
        using ArchUnitNET.Fluent;
        using ArchUnitNET.Fluent.Syntax.Elements.Types;
        using ArchUnitNET.xUnit;
        using Shop.Domain.Orders;
        using Xunit;
        using static ArchUnitNET.Fluent.ArchRuleDefinition;

        namespace Shop.ArchTests;

        """;

    [Fact]
    public void Layers_of_another_class_and_helpers_returning_selections_become_the_rules_they_build()
    {
        using var import = new TestCodeImport()
            .Write("tests/Shop.ArchTests/Layers.cs", ArchUnitHeader + """
                internal static class Layers
                {
                    internal const string Root = "Shop";

                    internal static readonly IObjectProvider<IType> Domain =
                        Types().That().ResideInNamespace(Root + ".Domain.Orders").As("Domain");

                    internal static readonly IObjectProvider<IType> Web =
                        Types().That().ResideInNamespaceMatching(@"^Shop\.Web(\..+)?$").As("Web");

                    internal static readonly IObjectProvider<IType> Persistence =
                        Types().That().ResideInNamespace(@"^Shop\.(Sql|Mongo)Store$", true).As("Persistence");
                }
                """)
            .Write("tests/Shop.ArchTests/OrderingTests.cs", ArchUnitHeader + """
                public sealed class OrderingTests
                {
                    private static GivenTypesConjunctionWithDescription Handlers() =>
                        Types().That().HaveNameEndingWith("Handler").And().AreNotInterfaces().As("Handlers");

                    private static GivenTypesConjunction TypesIn(string ns) => Types().That().ResideInNamespace(ns);

                    [Fact]
                    public void Domain_Knows_No_Outer_Layer() =>
                        Types().That().Are(Layers.Domain).Should().NotDependOnAny(Layers.Web).AndShould().NotDependOnAny(Layers.Persistence).Check(null);

                    [Fact]
                    public void Handlers_Are_Sealed_And_Named() =>
                        Types().That().Are(Handlers()).And().AreNotAbstract().And().AreNot(typeof(Order))
                            .Should().BeSealed().AndShould().HaveNameMatching("^[A-Z][A-Za-z]+Handler$").Check(null);

                    [Fact]
                    public void Checkout_Stays_Out_Of_Billing() =>
                        TypesIn("Shop.Checkout").And().DoNotHaveName("CheckoutModule").Should().NotDependOnAny(TypesIn("Shop.Billing")).Check(null);
                }
                """);

        var decision = Assert.Single(import.Run(new ArchUnitNetImporter()));

        Assert.Empty(decision.NotImported);
        Assert.Equal(
            [
                "```techlead\n- id: domain-knows-no-outer-layer\n  kind: forbid\n  from:\n    namespace: Shop.Domain.Orders\n  to:\n    - namespace: Shop.Web.**\n    - namespace-matches: ^Shop\\.(Sql|Mongo)Store$\n```\n",
                "```techlead\n- id: handlers-are-sealed-and-named\n  kind: modifiers\n  types:\n    name: \"*Handler\"\n    abstract: false\n    except:\n      - kind: interface\n      - name: Order\n        namespace: Shop.Domain.Orders\n  sealed: true\n```\n",
                "```techlead\n- id: handlers-are-sealed-and-named-2\n  kind: naming\n  types:\n    name: \"*Handler\"\n    abstract: false\n    except:\n      - kind: interface\n      - name: Order\n        namespace: Shop.Domain.Orders\n  pattern: \"^[A-Z][A-Za-z]+Handler$\"\n```\n",
                "```techlead\n- id: checkout-stays-out-of-billing\n  kind: forbid\n  from:\n    namespace: Shop.Checkout\n    except:\n      name: CheckoutModule\n  to:\n    namespace: Shop.Billing\n```\n",
            ],
            decision.Rules.Select(TestCodeImport.Yaml));
        Assert.All(decision.Tests, t => Assert.True(t.FullyImported, t.Name));
    }

    [Fact]
    public void A_loop_over_a_literal_list_is_one_rule_with_the_list_and_a_run_time_list_says_so()
    {
        using var import = new TestCodeImport()
            .Write("tests/Shop.ArchTests/ModuleTests.cs", ArchUnitHeader + """
                public sealed class ModuleTests
                {
                    private static readonly IObjectProvider<IType> Orders = Types().That().ResideInNamespace("Shop.Orders").As("Orders");
                    private static readonly IObjectProvider<IType> Billing = Types().That().ResideInNamespace("Shop.Billing").As("Billing");

                    [Fact]
                    public void Shipping_Uses_No_Other_Module()
                    {
                        IObjectProvider<IType>[] others = [Orders, Billing];
                        foreach (var other in others)
                        {
                            Types().That().ResideInNamespace("Shop.Shipping").Should().NotDependOnAny(other).Check(null);
                        }
                    }

                    [Fact]
                    public void Modules_Found_At_Run_Time()
                    {
                        foreach (var name in System.IO.Directory.GetDirectories("src"))
                        {
                            Types().That().ResideInNamespace(name).Should().BeSealed().Check(null);
                        }
                    }
                }
                """);

        var decision = Assert.Single(import.Run(new ArchUnitNetImporter()));

        Assert.Equal(
            "```techlead\n- id: shipping-uses-no-other-module\n  kind: forbid\n  from:\n    namespace: Shop.Shipping\n  to:\n    - namespace: Shop.Orders\n    - namespace: Shop.Billing\n```\n",
            TestCodeImport.Yaml(Assert.Single(decision.Rules)));
        var item = Assert.Single(decision.NotImported);
        Assert.Equal(
            ("tests/Shop.ArchTests/ModuleTests.cs:30", "the chain is built in a loop over 'System.IO.Directory.GetDirectories(\"src\")', whose elements are known only when the test runs: list them in an array the loop walks"),
            (item.Location, item.Reason));
        Assert.Equal([("Shipping_Uses_No_Other_Module", true), ("Modules_Found_At_Run_Time", false)], decision.Tests.Select(t => (t.Name, t.FullyImported)));
    }

    [Fact]
    public void NetArchTest_helpers_local_lists_and_several_assemblies_become_rules()
    {
        using var import = new TestCodeImport()
            .Write("src/Shop.Web/Shop.Web.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />")
            .Write("src/Shop.Web/Startup.cs", "namespace Shop.Web;\npublic sealed class Startup { }")
            .Write("tests/Arch/LayerTests.cs", """
                using NetArchTest.Rules;
                using Shop.Domain.Orders;
                using Shop.Web;
                using Xunit;

                namespace Shop.Tests;

                public sealed class LayerTests
                {
                    internal static string Company = "Shop";

                    [Fact]
                    public void Domain_Is_Clean() => AssertNoDependency(typeof(Order).Assembly, Company + ".Web");

                    [Fact]
                    public void Domain_Knows_No_Framework()
                    {
                        string[] frameworks = { "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore" };
                        var result = Types.InAssembly(typeof(Order).Assembly).ShouldNot().HaveDependencyOnAny(frameworks).GetResult();
                        Assert.True(result.IsSuccessful);
                    }

                    [Fact]
                    public void Endpoints_Are_Named()
                    {
                        var result = Types.InAssemblies([typeof(Order).Assembly, typeof(Startup).Assembly])
                            .That().ResideInNamespaceMatching(@"\.Endpoints$").And().AreClasses()
                            .Should().HaveNameMatching("Endpoint$").GetResult();
                        Assert.True(result.IsSuccessful);
                    }

                    private static void AssertNoDependency(System.Reflection.Assembly assembly, string forbidden)
                    {
                        var result = Types.InAssembly(assembly).ShouldNot().HaveDependencyOn(forbidden).GetResult();
                        Assert.True(result.IsSuccessful, $"nothing may use {forbidden}");
                    }
                }
                """);

        var decision = Assert.Single(import.Run(new NetArchTestImporter()));

        Assert.Empty(decision.NotImported);
        Assert.Equal(
            [
                "```techlead\n- id: domain-knows-no-framework\n  kind: forbid\n  from:\n    assembly: Acme.Shop.Domain\n  to: [Microsoft.EntityFrameworkCore.**, Microsoft.AspNetCore.**]\n```\n",
                "```techlead\n- id: endpoints-are-named\n  kind: naming\n  types:\n    - assembly: Acme.Shop.Domain\n      namespace-matches: (?i)\\.Endpoints$\n      except:\n        kind: interface\n    - assembly: Shop.Web\n      namespace-matches: (?i)\\.Endpoints$\n      except:\n        kind: interface\n  pattern: (?i)Endpoint$\n```\n",
                "```techlead\n- id: domain-is-clean\n  kind: forbid\n  from:\n    assembly: Acme.Shop.Domain\n  to: [Shop.Web.**]\n  because: nothing may use Shop.Web\n```\n",
            ],
            decision.Rules.Select(TestCodeImport.Yaml));
        Assert.Equal(3, decision.Tests.Count(t => t.FullyImported));
    }
}
