using System.Linq;
using TechLead.Cli.Importing.TestCode;
using Xunit;

namespace TechLead.Cli.Tests.Importing.TestCode;

/// <summary>
/// ArchUnitNET's "assignable to X" is X itself or any subtype; TechLead's inherits/implements leave X out, so the import
/// adds X by its full name (predicates) or leaves X out of the checked types (conditions), and the rule means the same.
/// </summary>
public sealed class ArchUnitNetAssignableToTests
{
    private const string Seedwork = """
        namespace Shop.Domain.Seedwork
        {
            public abstract class AuditedEntity { }
            public interface IDomainEvent { }
        }
        """;

    [Fact]
    public void AreAssignableTo_selects_the_type_itself_too_unless_the_test_leaves_its_name_out()
    {
        using var import = new TestCodeImport().Write("src/Shop.Domain/Seedwork.cs", Seedwork).Write("tests/Arch/SeedworkTests.cs", """
            using ArchUnitNET.Domain;
            using ArchUnitNET.xUnit;
            using Shop.Domain.Seedwork;
            using static ArchUnitNET.Fluent.ArchRuleDefinition;

            namespace Shop.Tests;

            public sealed class SeedworkTests
            {
                private static readonly Architecture Architecture = null!;

                [Fact]
                public void Concrete_Audited_Entities_Are_Sealed() =>
                    Classes().That().AreAssignableTo(typeof(AuditedEntity)).And().DoNotHaveName(nameof(AuditedEntity)).And().AreNotAbstract()
                        .Should().BeSealed().Check(Architecture);

                [Fact]
                public void Domain_Events_End_With_Event() =>
                    Types().That().AreAssignableTo(typeof(IDomainEvent)).Should().HaveNameEndingWith("Event").Check(Architecture);

                [Fact]
                public void Events_Are_Not_Entities() =>
                    Types().That().ResideInNamespace("Shop.Domain.Events").And().AreNotAssignableTo(typeof(AuditedEntity))
                        .Should().NotDependOnAny(Types().That().ResideInNamespace("Shop.Infrastructure")).Check(Architecture);
            }
            """);

        var decision = Assert.Single(import.Run(new ArchUnitNetImporter()));

        Assert.Empty(decision.NotImported);
        Assert.Equal(
            [
                "```techlead\n- id: concrete-audited-entities-are-sealed\n  kind: modifiers\n  types:\n    inherits: Shop.Domain.Seedwork.AuditedEntity\n    abstract: false\n    except:\n      - name: AuditedEntity\n      - kind: interface\n      - kind: struct\n      - kind: enum\n  sealed: true\n```\n",
                "```techlead\n- id: domain-events-end-with-event\n  kind: naming\n  types:\n    - implements: Shop.Domain.Seedwork.IDomainEvent\n    - full-name-matches: ^Shop\\.Domain\\.Seedwork\\.IDomainEvent$\n  pattern: Event$\n```\n",
                "```techlead\n- id: events-are-not-entities\n  kind: forbid\n  from:\n    namespace: Shop.Domain.Events\n    except:\n      - inherits: Shop.Domain.Seedwork.AuditedEntity\n      - full-name-matches: ^Shop\\.Domain\\.Seedwork\\.AuditedEntity$\n  to:\n    namespace: Shop.Infrastructure\n```\n",
            ],
            decision.Rules.Select(TestCodeImport.Yaml).ToList());
    }

    [Fact]
    public void BeAssignableTo_requires_the_base_type_of_every_checked_type_but_the_base_itself()
    {
        using var import = new TestCodeImport().Write("src/Shop.Domain/Seedwork.cs", Seedwork).Write("tests/Arch/EventTests.cs", """
            using ArchUnitNET.Domain;
            using ArchUnitNET.xUnit;
            using Shop.Domain.Orders;
            using Shop.Domain.Seedwork;
            using static ArchUnitNET.Fluent.ArchRuleDefinition;

            namespace Shop.Tests;

            public sealed class EventTests
            {
                private static readonly Architecture Architecture = null!;

                [Fact]
                public void Events_Are_Domain_Events() =>
                    Classes().That().HaveNameEndingWith("Event").Should().BeAssignableTo(typeof(IDomainEvent)).Check(Architecture);

                [Fact]
                public void Audited_Types_Are_Entities() =>
                    Classes().That().AreAssignableTo(typeof(AuditedEntity)).And().DoNotHaveName(nameof(AuditedEntity))
                        .Should().BeAssignableTo(typeof(Entity<>)).Check(Architecture);

                [Fact]
                public void Roots_Are_Entities_Or_Events() =>
                    Classes().That().ResideInNamespace("Shop.Domain.Orders").Should().BeAssignableTo(typeof(Entity<>), typeof(IDomainEvent)).Check(Architecture);
            }
            """);

        var decision = Assert.Single(import.Run(new ArchUnitNetImporter()));

        Assert.Equal(
            [
                "```techlead\n- id: events-are-domain-events\n  kind: must-implement\n  types:\n    name: \"*Event\"\n    except:\n      - kind: interface\n      - kind: struct\n      - kind: enum\n      - full-name-matches: ^Shop\\.Domain\\.Seedwork\\.IDomainEvent$\n  type: Shop.Domain.Seedwork.IDomainEvent\n```\n",
                "```techlead\n- id: audited-types-are-entities\n  kind: must-inherit\n  types:\n    inherits: Shop.Domain.Seedwork.AuditedEntity\n    except:\n      - name: AuditedEntity\n      - kind: interface\n      - kind: struct\n      - kind: enum\n      - full-name-matches: ^Shop\\.Domain\\.Orders\\.Entity`1$\n  type: Shop.Domain.Orders.Entity`1\n```\n",
            ],
            decision.Rules.Select(TestCodeImport.Yaml).ToList());
        Assert.Equal(
            [
                ("tests/Arch/EventTests.cs:24", "'BeAssignableTo' with the class 'Shop.Domain.Orders.Entity`1' and the interface 'Shop.Domain.Seedwork.IDomainEvent' (a type passes when it is assignable to any of them) has no TechLead rule: 'must-inherit' takes base classes and 'must-implement' interfaces, each any of a list, and no rule takes both"),
            ],
            decision.NotImported.Select(n => (n.Location, n.Reason)).ToList());
    }
}
