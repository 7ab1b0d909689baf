using System.Linq;
using TechLead.Cli.Importing.TestCode;
using Xunit;

namespace TechLead.Cli.Tests.Importing.TestCode;

/// <summary>
/// ArchUnitNET conditions joined with <c>OrShould</c>: folded left to right as ArchUnitNET does, one rule per clause where
/// one rule means the same, else the reason.
/// </summary>
public sealed class ArchUnitNetOrShouldTests
{
    private const string Persistence = """
        namespace Shop.Persistence
        {
            public interface IRepository { }
            public interface IUnitOfWork { }
        }
        """;

    [Fact]
    public void Or_joined_conditions_become_one_rule_per_clause_of_the_same_meaning()
    {
        using var import = new TestCodeImport().Write("src/Shop.Domain/Persistence.cs", Persistence).Write("tests/Arch/ConventionTests.cs", """
            using ArchUnitNET.Domain;
            using ArchUnitNET.xUnit;
            using Shop.Persistence;
            using static ArchUnitNET.Fluent.ArchRuleDefinition;

            namespace Shop.Tests;

            public sealed class ConventionTests
            {
                private static readonly Architecture Architecture = null!;

                [Fact]
                public void Requests_Are_Queries_Or_Commands() =>
                    Classes().That().ResideInNamespace("Shop.Application.Requests")
                        .Should().HaveNameEndingWith("Query").OrShould().HaveNameEndingWith("Command").Check(Architecture);

                [Fact]
                public void Events_Are_Records_Or_Sealed() =>
                    Classes().That().HaveNameEndingWith("Event").Should().BeRecord().OrShould().BeSealed().Check(Architecture);

                [Fact]
                public void Specifications_Are_Public_And_Sealed_Unless_Abstract() =>
                    Classes().That().ResideInNamespace("Shop.Domain.Specifications")
                        .Should().BePublic().AndShould().BeSealed().OrShould().BeAbstract().Check(Architecture);

                [Fact]
                public void Repositories_Implement_A_Persistence_Interface() =>
                    Classes().That().HaveNameEndingWith("Repository")
                        .Should().ImplementInterface(typeof(IRepository)).OrShould().ImplementInterface(typeof(IUnitOfWork)).Check(Architecture);

                [Fact]
                public void Commands_Do_Not_Name_Reads_Unless_They_Are_Batches() =>
                    Classes().That().HaveNameEndingWith("Command")
                        .Should().NotHaveNameContaining("List").OrShould().NotHaveNameContaining("Get")
                        .OrShould().ImplementInterface(typeof(IUnitOfWork)).Check(Architecture);

                [Fact]
                public void Adapters_Are_Not_Public() =>
                    Classes().That().HaveNameEndingWith("Adapter").Should().BeInternal().OrShould().BePrivate().Check(Architecture);
            }
            """);

        var decision = Assert.Single(import.Run(new ArchUnitNetImporter()));

        Assert.Empty(decision.NotImported);
        Assert.Equal(
            [
                "```techlead\n- id: requests-are-queries-or-commands\n  kind: naming\n  types:\n    namespace: Shop.Application.Requests\n    except:\n      - kind: interface\n      - kind: struct\n      - kind: enum\n  pattern: (?:Query$)|(?:Command$)\n```\n",
                "```techlead\n- id: events-are-records-or-sealed\n  kind: modifiers\n  types:\n    name: \"*Event\"\n    except:\n      - kind: interface\n      - kind: struct\n      - kind: enum\n      - kind: record\n  sealed: true\n```\n",
                "```techlead\n- id: specifications-are-public-and-sealed-unless-abstract\n  kind: modifiers\n  types:\n    namespace: Shop.Domain.Specifications\n    except:\n      - kind: interface\n      - kind: struct\n      - kind: enum\n      - abstract: true\n  visibility: public\n```\n",
                "```techlead\n- id: specifications-are-public-and-sealed-unless-abstract-2\n  kind: modifiers\n  types:\n    namespace: Shop.Domain.Specifications\n    except:\n      - kind: interface\n      - kind: struct\n      - kind: enum\n      - abstract: true\n  sealed: true\n```\n",
                "```techlead\n- id: repositories-implement-a-persistence-interface\n  kind: must-implement\n  types:\n    name: \"*Repository\"\n    except:\n      - kind: interface\n      - kind: struct\n      - kind: enum\n      - implements: Shop.Persistence.IUnitOfWork\n  type: Shop.Persistence.IRepository\n```\n",
                "```techlead\n- id: commands-do-not-name-reads-unless-they-are-batches\n  kind: naming\n  types:\n    name: \"*Command\"\n    except:\n      - kind: interface\n      - kind: struct\n      - kind: enum\n      - implements: Shop.Persistence.IUnitOfWork\n  pattern: (?:^(?!.*List))|(?:^(?!.*Get))\n```\n",
                "```techlead\n- id: adapters-are-not-public\n  kind: modifiers\n  types:\n    name: \"*Adapter\"\n    except:\n      - kind: interface\n      - kind: struct\n      - kind: enum\n  visibility: internal\n```\n",
            ],
            decision.Rules.Select(TestCodeImport.Yaml).ToList());
    }

    [Fact]
    public void Or_joined_forbidden_dependencies_and_public_or_internal_say_why_no_rule_means_the_same()
    {
        using var import = new TestCodeImport().Write("tests/Arch/LayerTests.cs", """
            using ArchUnitNET.Domain;
            using ArchUnitNET.xUnit;
            using static ArchUnitNET.Fluent.ArchRuleDefinition;

            namespace Shop.Tests;

            public sealed class LayerTests
            {
                private static readonly Architecture Architecture = null!;

                [Fact]
                public void Domain_Uses_Neither_Web_Nor_Data() =>
                    Types().That().ResideInNamespace("Shop.Domain")
                        .Should().NotDependOnAny(Types().That().ResideInNamespace("Shop.Web"))
                        .OrShould().NotDependOnAny(Types().That().ResideInNamespace("Shop.Data")).Check(Architecture);

                [Fact]
                public void Domain_Classes_Are_Public_Or_Internal() =>
                    Classes().That().ResideInNamespace("Shop.Domain").Should().BePublic().OrShould().BeInternal().Check(Architecture);
            }
            """);

        var decision = Assert.Single(import.Run(new ArchUnitNetImporter()));

        Assert.Empty(decision.Rules);
        Assert.Equal(
            [
                ("tests/Arch/LayerTests.cs:13", "'NotDependOnAny(Types().That().ResideInNamespace(\"Shop.Web\")).OrShould().NotDependOnAny(Types().That().ResideInNamespace(\"Shop.Data\"))': forbidden dependencies joined with 'OrShould' fail only a type that uses all of them, while TechLead's forbid flags a type that uses any; if every dependency is forbidden, join them with 'AndShould'"),
                ("tests/Arch/LayerTests.cs:19", "'BePublic().OrShould().BeInternal()' fails only nested types that are private or protected (ArchUnitNET's exact visibilities); TechLead's visibility is public or internal (not public), so every type meets one of them and no rule means the same"),
            ],
            decision.NotImported.Select(i => (i.Location, i.Reason)).ToList());
    }
}
