using System.Linq;
using TechLead.Cli.Importing.TestCode;

namespace TechLead.Cli.Tests.Importing.TestCode;

/// <summary>
/// Where NetArchTest's or ArchUnitNET's semantics differ from TechLead's, the import keeps what the test's author meant
/// (rules/0049): NetArchTest's namespace test is a prefix of the full name and is imported as one; ArchUnitNET compares
/// names with the generic arity (<c>Repository`1</c>), TechLead's names and patterns see the name a C# reader sees.
/// </summary>
public sealed class LibrarySemanticsTests
{
    [Fact]
    public void NetArchTest_namespace_prefix_is_imported_as_the_prefix_it_is()
    {
        using var import = new TestCodeImport().Write("tests/Shop.ArchTests/DomainTests.cs", """
            using NetArchTest.Rules;
            using Xunit;

            public sealed class DomainTests
            {
                [Fact]
                public void Domain_Types_Are_Sealed() =>
                    Assert.True(Types.InCurrentDomain().That().ResideInNamespace("Shop.Domain").Should().BeSealed().GetResult().IsSuccessful);
            }
            """);

        var rule = Assert.Single(Assert.Single(import.Run(new NetArchTestImporter())).Rules);

        // "Shop.Domain" also selects Shop.DomainEvents.X in NetArchTest: the test relies on that, so the rule does too.
        Assert.Equal("```techlead\n- id: domain-types-are-sealed\n  kind: modifiers\n  types:\n    namespace: Shop.Domain*.**\n  sealed: true\n```\n", TestCodeImport.Yaml(rule));
    }

    [Fact]
    public void ArchUnitNet_names_with_generic_arity_are_imported_as_the_name_a_reader_sees()
    {
        using var import = new TestCodeImport().Write("tests/Shop.ArchTests/RepositoryTests.cs", """
            using ArchUnitNET.Domain;
            using ArchUnitNET.Loader;
            using ArchUnitNET.xUnit;
            using static ArchUnitNET.Fluent.ArchRuleDefinition;

            public sealed class RepositoryTests
            {
                private static readonly Architecture Architecture = new ArchLoader().LoadAssemblies(typeof(RepositoryTests).Assembly).Build();

                public void Generic_Repository_Is_Sealed() => Classes().That().HaveName("Repository`1").Should().BeSealed().Check(Architecture);

                public void Data_Types_End_With_Repository() => Classes().That().ResideInNamespace("Shop.Data").Should().HaveNameEndingWith("Repository").Check(Architecture);
            }
            """);

        var rules = Assert.Single(import.Run(new ArchUnitNetImporter())).Rules.Select(TestCodeImport.Yaml).ToList();

        // Written with the arity, the name selects Repository<T> (a name glob may carry the arity). ArchUnitNET's condition
        // sees "Repository`1" and fails Repository<T>; the pattern sees "Repository", as the author reads the code, and passes it.
        Assert.Equal(
            [
                "```techlead\n- id: generic-repository-is-sealed\n  kind: modifiers\n  types:\n    name: Repository`1\n    except:\n      - kind: interface\n      - kind: struct\n      - kind: enum\n  sealed: true\n```\n",
                "```techlead\n- id: data-types-end-with-repository\n  kind: naming\n  types:\n    namespace: Shop.Data\n    except:\n      - kind: interface\n      - kind: struct\n      - kind: enum\n  pattern: Repository$\n```\n",
            ],
            rules);
    }
}
