using System.Linq;
using TechLead.Cli.Importing.TestCode;

namespace TechLead.Cli.Tests.Importing.TestCode;

public sealed class ArchUnitNetMemberImportTests
{
    [Fact]
    public void Member_chains_of_the_same_meaning_become_members_rules()
    {
        using var import = new TestCodeImport()
            .Write("src/Shop.Domain/AuditedAttribute.cs", "namespace Shop.Domain;\npublic sealed class AuditedAttribute : System.Attribute { }")
            .Write("tests/Shop.ArchTests/MemberConventionTests.cs", """
                using ArchUnitNET.Domain;
                using ArchUnitNET.Fluent;
                using ArchUnitNET.xUnit;
                using Shop.Domain;
                using Shop.Domain.Orders;
                using static ArchUnitNET.Fluent.ArchRuleDefinition;

                namespace Shop.ArchTests;

                public sealed class MemberConventionTests
                {
                    private static readonly Architecture Architecture = null!;
                    private static readonly IObjectProvider<IType> DomainLayer = Types().That().ResideInNamespace("Shop.Domain").As("Domain");

                    [Fact]
                    public void Getters_Return_A_Value() =>
                        MethodMembers().That().HaveNameStartingWith("Get").And().AreDeclaredIn(DomainLayer)
                            .Should().NotHaveReturnType(typeof(void))
                            .Because("a getter that returns nothing is a command")
                            .Check(Architecture);

                    [Fact]
                    public void Domain_Properties_Are_Named_In_Pascal_Case() =>
                        PropertyMembers().That().AreDeclaredIn(typeof(Order)).And().ArePublic()
                            .Should().HaveNameMatching("^[A-Z]")
                            .Check(Architecture);

                    [Fact]
                    public void Fields_Are_Not_Public() =>
                        FieldMembers().That().AreDeclaredIn(DomainLayer).Should().NotBePublic().Check(Architecture);

                    [Fact]
                    public void No_Public_Static_Fields() =>
                        FieldMembers().That().ArePublic().And().AreStatic().Should().NotExist().Check(Architecture);

                    [Fact]
                    public void Audited_Properties_Carry_The_Attribute() =>
                        PropertyMembers().That().HaveNameEndingWith("At").Should().HaveAttribute(typeof(AuditedAttribute)).Check(Architecture);
                }
                """);

        var decision = Assert.Single(import.Run(new ArchUnitNetImporter()));

        Assert.Empty(decision.NotImported);
        Assert.Equal(
            [
                "```techlead\n- id: getters-return-a-value\n  kind: members\n  members:\n    kind: method\n    name: Get*\n    types:\n      namespace: Shop.Domain\n  returns-not: void\n  because: a getter that returns nothing is a command\n```\n",
                "```techlead\n- id: domain-properties-are-named-in-pascal-case\n  kind: members\n  members:\n    kind: property\n    types:\n      name: Order\n      namespace: Shop.Domain.Orders\n    visibility: public\n  pattern: \"^[A-Z]\"\n```\n",
                "```techlead\n- id: fields-are-not-public\n  kind: members\n  members:\n    kind: field\n    types:\n      namespace: Shop.Domain\n  visibility: [internal, protected, private, protected-internal, private-protected]\n```\n",
                "```techlead\n- id: no-public-static-fields\n  kind: members\n  members:\n    kind: field\n    visibility: public\n    static: true\n  allowed: false\n```\n",
                "```techlead\n- id: audited-properties-carry-the-attribute\n  kind: members\n  members:\n    kind: property\n    name: \"*At\"\n  require-attribute: Shop.Domain.AuditedAttribute\n```\n",
            ],
            decision.Rules.Select(TestCodeImport.Yaml));
    }

    [Fact]
    public void Member_chains_whose_meaning_differs_are_listed_with_the_difference()
    {
        using var import = new TestCodeImport().Write("tests/Shop.ArchTests/AsyncTests.cs", """
            using ArchUnitNET.Domain;
            using ArchUnitNET.xUnit;
            using static ArchUnitNET.Fluent.ArchRuleDefinition;

            namespace Shop.ArchTests;

            public sealed class AsyncTests
            {
                private static readonly Architecture Architecture = null!;

                [Fact]
                public void Queries_End_With_Async() =>
                    MethodMembers().That().HaveNameStartingWith("Find").Should().HaveNameEndingWith("Async").Check(Architecture);

                [Fact]
                public void Handlers_Are_Not_Public() =>
                    MethodMembers().That().ArePublic().Should().NotBeStatic().Check(Architecture);

                [Fact]
                public void Domain_Has_No_Public_Setters() =>
                    PropertyMembers().That().ArePublic().Should().NotHavePublicSetter().Check(Architecture);

                [Fact]
                public void Counters_Are_Not_Static() =>
                    FieldMembers().Should().NotBeStatic().Check(Architecture);

                [Fact]
                public void Identity_Is_Named_Id() =>
                    PropertyMembers().That().HaveNameEndingWith("Id").Should().HaveName("Id").Check(Architecture);
            }
            """);

        var decision = Assert.Single(import.Run(new ArchUnitNetImporter()));

        Assert.Empty(decision.Rules);
        Assert.Equal(
            [
                ("tests/Shop.ArchTests/AsyncTests.cs:13", "'HaveNameEndingWith' on a method reads ArchUnitNET's method name, which carries the parameter list ('LoadAsync(System.Int32)'): it never ends with or equals a plain name, and TechLead's names have no parameter list; only 'HaveNameStartingWith' means the same"),
                ("tests/Shop.ArchTests/AsyncTests.cs:17", "'MethodMembers()' also selects constructors, property accessors and compiler-generated methods, which TechLead's members rules leave out; only a selection by a name prefix starting with an upper-case letter ('HaveNameStartingWith(\"Get\")') leaves them out too"),
                ("tests/Shop.ArchTests/AsyncTests.cs:21", "'NotHavePublicSetter()' counts a public 'init' accessor as a public setter; TechLead's 'public-setter: false' accepts 'init', so the rule would flag fewer properties"),
                ("tests/Shop.ArchTests/AsyncTests.cs:25", "'FieldMembers()' also selects the compiler's private backing fields of auto-properties and events, which TechLead's members rules leave out; only rules on public fields ('ArePublic()') or 'Should().NotBePublic()' give them the same verdict"),
                ("tests/Shop.ArchTests/AsyncTests.cs:29", "'HaveName' compares a member's name ignoring case (ArchUnitNET's NameEquals); TechLead's names compare as written, so 'HaveNameMatching(\"^(?i:X)$\")' is the spelling that imports"),
            ],
            decision.NotImported.Select(i => (i.Location, i.Reason)));
    }
}
