using System.Linq;
using TechLead.Cli.Importing.TestCode;

namespace TechLead.Cli.Tests.Importing.TestCode;

public sealed class ArchUnitNetImporterTests
{
    [Fact]
    public void Layers_kept_in_base_class_fields_resolve_to_the_assembly_each_names()
    {
        // Every project has an AssemblyReference class: each qualified name must find its own project, not a neighbour.
        using var import = new TestCodeImport()
            .Write("src/Shop.Application/Shop.Application.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />")
            .Write("src/Shop.Application/AssemblyReference.cs", "namespace Shop.Application;\npublic static class AssemblyReference { public static System.Reflection.Assembly Assembly => typeof(AssemblyReference).Assembly; }")
            .Write("src/Shop.Api/Shop.Api.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />")
            .Write("src/Shop.Api/AssemblyReference.cs", "namespace Shop.Api;\npublic static class AssemblyReference { public static System.Reflection.Assembly Assembly => typeof(AssemblyReference).Assembly; }")
            .Write("tests/Shop.ArchTests/BaseTest.cs", """
                using ArchUnitNET.Domain;
                using ArchUnitNET.Fluent;
                using ArchUnitNET.Loader;
                using Assembly = System.Reflection.Assembly;

                namespace Shop.ArchTests;

                public abstract class BaseTest
                {
                    protected static readonly Assembly ApplicationAssembly = Application.AssemblyReference.Assembly;
                    protected static readonly Assembly ApiAssembly = Api.AssemblyReference.Assembly;
                    protected static readonly Architecture Architecture = new ArchLoader().LoadAssemblies(ApplicationAssembly, ApiAssembly).Build();
                    protected static readonly IObjectProvider<IType> ApplicationLayer = ArchRuleDefinition.Types().That().ResideInAssembly(ApplicationAssembly).As("Application");
                    protected static readonly IObjectProvider<IType> ApiLayer = ArchRuleDefinition.Types().That().ResideInAssembly(ApiAssembly).As("Api");
                }
                """)
            .Write("tests/Shop.ArchTests/LayerTests.cs", """
                using ArchUnitNET.Fluent;
                using ArchUnitNET.xUnit;
                using static ArchUnitNET.Fluent.ArchRuleDefinition;

                namespace Shop.ArchTests;

                public sealed class LayerTests : BaseTest
                {
                    [Fact]
                    public void Application_Knows_Neither_Api_Nor_EF()
                    {
                        Types().That().Are(ApplicationLayer)
                            .Should().NotDependOnAny(ApiLayer)
                            .AndShould().NotDependOnAny(Types(true).That().ResideInNamespaceMatching(@"^Microsoft\.EntityFrameworkCore(\..+)?$"))
                            .Because("the application defines ports")
                            .Check(Architecture);
                    }
                }
                """);

        var decision = Assert.Single(import.Run(new ArchUnitNetImporter()), d => d.Key == "archunitnet:tests/Shop.ArchTests/LayerTests.cs#LayerTests");

        Assert.Empty(decision.NotImported);
        Assert.Equal(
            "```techlead\n- id: application-knows-neither-api-nor-ef\n  kind: forbid\n  from:\n    assembly: Shop.Application\n  to:\n    - assembly: Shop.Api\n    - namespace: Microsoft.EntityFrameworkCore.**\n  because: the application defines ports\n```\n",
            TestCodeImport.Yaml(Assert.Single(decision.Rules)));
    }

    [Fact]
    public void Namespace_rules_keep_ArchUnitNETs_exact_namespace_and_untranslatable_rules_are_quoted()
    {
        using var import = new TestCodeImport().Write("tests/Arch/ConventionTests.cs", """
            using ArchUnitNET.Domain;
            using ArchUnitNET.Loader;
            using ArchUnitNET.xUnit;
            using Shop.Domain.Orders;
            using static ArchUnitNET.Fluent.ArchRuleDefinition;

            namespace Shop.Tests;

            public sealed class ConventionTests
            {
                private static readonly Architecture Architecture = new ArchLoader().LoadAssemblies(typeof(Order).Assembly).Build();

                [Fact]
                public void Orders_Are_Sealed() =>
                    Classes().That().ResideInNamespace("Shop.Domain.Orders").Should().BeSealed().Check(Architecture);

                [Fact]
                public void Roots_Live_In_Orders() =>
                    Classes().That().ImplementInterface(typeof(IAggregateRoot)).Should().ResideInNamespace("Shop.Domain.Orders").Check(Architecture);

                [Fact]
                public void Orders_Use_Only_Orders() =>
                    Types().That().ResideInNamespace("Shop.Domain.Orders").Should().OnlyDependOn(Types().That().ResideInNamespace("Shop.Domain.Orders")).Check(Architecture);

                [Fact]
                public void Custom() =>
                    Classes().Should().FollowCustomCondition(c => c.IsSealed == true, "be sealed", "is not sealed").Check(Architecture);

                [Fact]
                public void By_Full_Name() =>
                    Types().That().HaveFullNameContaining("Domain.").Should().NotDependOnAny(Types().That().ResideInNamespace("Shop.Api")).Check(Architecture);
            }
            """);

        var decision = Assert.Single(import.Run(new ArchUnitNetImporter()));

        Assert.Equal(
            [
                "```techlead\n- id: orders-are-sealed\n  kind: modifiers\n  types:\n    namespace: Shop.Domain.Orders\n    except:\n      - kind: interface\n      - kind: struct\n      - kind: enum\n  sealed: true\n```\n",
                "```techlead\n- id: roots-live-in-orders\n  kind: placement\n  types:\n    implements: Shop.Domain.Orders.IAggregateRoot\n    except:\n      - kind: interface\n      - kind: struct\n      - kind: enum\n  namespace: Shop.Domain.Orders\n```\n",
                "```techlead\n- id: orders-use-only-orders\n  kind: allow-only\n  from:\n    namespace: Shop.Domain.Orders\n  to:\n    namespace: Shop.Domain.Orders\n  also-allow:\n    - name: \"*\"\n      except:\n        - assembly: Acme.Shop.Domain\n```\n",
                "```techlead\n- id: by-full-name\n  kind: forbid\n  from:\n    full-name-matches: Domain\\.\n  to:\n    namespace: Shop.Api\n```\n",
            ],
            decision.Rules.Select(TestCodeImport.Yaml).ToList());
        Assert.Equal(
            [
                ("tests/Arch/ConventionTests.cs:27", "'FollowCustomCondition' is a custom condition written in C#"),
            ],
            decision.NotImported.Select(n => (n.Location, n.Reason)).ToList());
    }

    [Fact]
    public void Predicates_join_left_to_right_as_ArchUnitNET_evaluates_them()
    {
        // ArchUnitNET folds predicates in order: ((Orders And Root) Or Entity) And not Legacy. The And after the Or applies to
        // both alternatives, and Classes() leaves interfaces, structs and enums out of both.
        using var import = new TestCodeImport().Write("tests/Arch/NamingTests.cs", """
            using ArchUnitNET.Domain;
            using ArchUnitNET.Loader;
            using Shop.Domain.Orders;
            using static ArchUnitNET.Fluent.ArchRuleDefinition;

            namespace Shop.Tests;

            public sealed class NamingTests
            {
                private static readonly Architecture Architecture = new ArchLoader().LoadAssemblies(typeof(Order).Assembly).Build();

                [Fact]
                public void Roots_Are_Named_Root() =>
                    Classes().That().ResideInNamespace("Shop.Domain.Orders").And().ImplementInterface(typeof(IAggregateRoot))
                        .Or().ImplementInterface(typeof(Entity<>))
                        .And().DoNotResideInNamespace("Shop.Domain.Legacy")
                        .Should().HaveNameEndingWith("Root").Check(Architecture);
            }
            """);

        var rule = Assert.Single(Assert.Single(import.Run(new ArchUnitNetImporter())).Rules);

        Assert.Equal(
            """
            ```techlead
            - id: roots-are-named-root
              kind: naming
              types:
                - namespace: Shop.Domain.Orders
                  implements: Shop.Domain.Orders.IAggregateRoot
                  except:
                    - namespace: Shop.Domain.Legacy
                    - kind: interface
                    - kind: struct
                    - kind: enum
                - implements: Shop.Domain.Orders.Entity`1
                  except:
                    - namespace: Shop.Domain.Legacy
                    - kind: interface
                    - kind: struct
                    - kind: enum
              pattern: Root$
            ```

            """.Replace("\r\n", "\n", System.StringComparison.Ordinal),
            TestCodeImport.Yaml(rule));
    }

    [Fact]
    public void A_member_rule_is_listed_with_what_it_means_differently_not_as_a_helper()
    {
        using var import = new TestCodeImport().Write("tests/Arch/MemberTests.cs", """
            using ArchUnitNET.Domain;
            using ArchUnitNET.xUnit;
            using static ArchUnitNET.Fluent.ArchRuleDefinition;

            namespace Shop.Tests;

            public sealed class MemberTests
            {
                private static readonly Architecture Architecture = null!;

                [Fact]
                public void Async_Methods_End_With_Async() =>
                    MethodMembers().That().HaveReturnType(typeof(System.Threading.Tasks.Task)).Should().HaveNameEndingWith("Async").Check(Architecture);
            }
            """);

        var item = Assert.Single(Assert.Single(import.Run(new ArchUnitNetImporter())).NotImported);

        Assert.Equal(
            ("tests/Arch/MemberTests.cs:13", "'HaveReturnType(typeof(System.Threading.Tasks.Task))' compares the return type exactly; TechLead's 'returns' also counts Task<System.Threading.Tasks.Task> and ValueTask<System.Threading.Tasks.Task> as returning System.Threading.Tasks.Task, so only void means the same"),
            (item.Location, item.Reason));
    }
}
