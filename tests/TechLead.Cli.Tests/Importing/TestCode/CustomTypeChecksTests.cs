using System.Linq;
using TechLead.Cli.Importing.TestCode;

namespace TechLead.Cli.Tests.Importing.TestCode;

/// <summary>
/// NetArchTest selections whose types the suite checks with its own C# code (<c>GetTypes()</c> and a loop, LINQ or an
/// assertion; ADR-0048): a requirement a TechLead rule says exactly becomes that rule over the selection; any other check
/// is listed with what it checks and why no rule says the same.
/// </summary>
public sealed class CustomTypeChecksTests
{
    private const string Header = """
        using System.Collections.Generic;
        using System.Linq;
        using System.Reflection;
        using FluentAssertions;
        using NetArchTest.Rules;
        using Shop.Domain.Orders;
        using Xunit;

        namespace Shop.Tests;

        """;

    [Fact]
    public void Sealed_and_not_public_checks_written_in_CSharp_become_modifiers_rules_over_the_selection()
    {
        using var import = new TestCodeImport()
            .Write("tests/Arch/ArchTestBase.cs", Header + """
                public abstract class ArchTestBase
                {
                    protected static Assembly DomainAssembly => typeof(Order).Assembly;

                    protected static void AssertNoFailingTypes(IEnumerable<System.Type> failing) => Assert.Empty(failing);
                }
                """)
            .Write("tests/Arch/DomainModelTests.cs", Header + """
                public sealed class DomainModelTests : ArchTestBase
                {
                    [Fact]
                    public void Entities_Are_Sealed()
                    {
                        var entities = Types.InAssembly(DomainAssembly).That().Inherit(typeof(Entity<>)).GetTypes();

                        var failing = new List<System.Type>();
                        foreach (var entity in entities)
                        {
                            if (!entity.IsSealed)
                            {
                                failing.Add(entity);
                                break;
                            }
                        }

                        AssertNoFailingTypes(failing);
                    }

                    [Fact]
                    public void Repositories_Stay_Internal()
                    {
                        var repositories = Types.InAssembly(DomainAssembly).That().HaveNameEndingWith("Repository").And().AreClasses().GetTypes().ToList();

                        repositories.Where(r => r.IsPublic).Should().BeEmpty();
                    }

                    [Fact]
                    public void Roots_Are_Sealed() =>
                        Assert.All(Types.InAssembly(DomainAssembly).That().ImplementInterface(typeof(IAggregateRoot)).GetTypes(), root => Assert.True(root.IsSealed));

                    [Fact]
                    public void Roots_Are_Named_Root()
                    {
                        var misnamed = Types.InAssembly(DomainAssembly).That().ImplementInterface(typeof(IAggregateRoot)).GetTypes()
                            .Where(t => !t.Name.EndsWith("Root", System.StringComparison.OrdinalIgnoreCase))
                            .ToList();
                        Assert.Empty(misnamed);
                    }

                    [Fact]
                    public void Policies_Stay_Internal() =>
                        Types.InAssembly(DomainAssembly).That().HaveNameEndingWith("Policy").GetTypes().Should().OnlyContain(p => p.IsPublic == false);
                }
                """);

        var decision = Assert.Single(import.Run(new NetArchTestImporter()));

        Assert.Empty(decision.NotImported);
        Assert.Equal(
            [
                "```techlead\n- id: entities-are-sealed\n  kind: modifiers\n  types:\n    assembly: Acme.Shop.Domain\n    inherits: Shop.Domain.Orders.Entity`1\n  sealed: true\n```\n",
                "```techlead\n- id: repositories-stay-internal\n  kind: modifiers\n  types:\n    name: \"*Repository\"\n    assembly: Acme.Shop.Domain\n    except:\n      kind: interface\n  visibility: internal\n```\n",
                "```techlead\n- id: roots-are-sealed\n  kind: modifiers\n  types:\n    assembly: Acme.Shop.Domain\n    implements: Shop.Domain.Orders.IAggregateRoot\n  sealed: true\n```\n",
                "```techlead\n- id: roots-are-named-root\n  kind: naming\n  types:\n    assembly: Acme.Shop.Domain\n    implements: Shop.Domain.Orders.IAggregateRoot\n  pattern: (?i)Root$\n```\n",
                "```techlead\n- id: policies-stay-internal\n  kind: modifiers\n  types:\n    name: \"*Policy\"\n    assembly: Acme.Shop.Domain\n  visibility: internal\n```\n",
            ],
            decision.Rules.Select(TestCodeImport.Yaml));
        Assert.All(decision.Tests, t => Assert.True(t.FullyImported, t.Name));
    }

    [Fact]
    public void A_check_pointing_the_other_way_or_narrowed_in_CSharp_makes_no_rule()
    {
        using var import = new TestCodeImport().Write("tests/Arch/DirectionTests.cs", Header + """
            public sealed class DirectionTests
            {
                [Fact]
                public void Some_Entity_Is_Open()
                {
                    var failing = new List<System.Type>();
                    foreach (var entity in Types.InCurrentDomain().That().Inherit(typeof(Entity<>)).GetTypes())
                    {
                        if (!entity.IsSealed)
                        {
                            failing.Add(entity);
                        }
                    }

                    Assert.NotEmpty(failing);
                }

                [Fact]
                public void Entities_Are_Open()
                {
                    var failing = new List<System.Type>();
                    foreach (var entity in Types.InCurrentDomain().That().Inherit(typeof(Entity<>)).GetTypes())
                    {
                        if (entity.IsSealed)
                        {
                            failing.Add(entity);
                        }
                    }

                    Assert.Empty(failing);
                }

                [Fact]
                public void Entities_But_The_Order_Are_Sealed()
                {
                    var entities = Types.InCurrentDomain().That().Inherit(typeof(Entity<>)).GetTypes().Where(t => t.GetMethods().Length > 3);
                    Assert.All(entities, e => Assert.True(e.IsSealed));
                }
            }
            """);

        var decision = Assert.Single(import.Run(new NetArchTestImporter()));

        Assert.Empty(decision.Rules);
        Assert.Equal(
            [
                "the types are checked by custom C# code (it reads 'IsSealed') in a form the importer does not read as a rule",
                "the types are checked by custom C# code (it reads 'IsSealed') in a form the importer does not read as a rule",
                "the types are selected in C# with 't.GetMethods().Length > 3', which no TechLead selector says with the same meaning",
            ],
            decision.NotImported.Select(n => n.Reason));
        Assert.All(decision.Tests, t => Assert.False(t.FullyImported, t.Name));
    }

    [Fact]
    public void Checks_no_rule_says_are_listed_with_what_they_check_and_why()
    {
        using var import = new TestCodeImport()
            .Write("tests/Arch/Checks.cs", Header + """
                internal static class Checks
                {
                    public static void ShouldBeImmutable(this IEnumerable<System.Type> types)
                    {
                        var mutable = types.Where(t => t.GetFields().Any(f => !f.IsInitOnly) || t.GetProperties().Any(p => p.CanWrite)).ToList();
                        Assert.Empty(mutable);
                    }
                }
                """)
            .Write("tests/Arch/EntityShapeTests.cs", Header + """
                public sealed class EntityShapeTests
                {
                    [Fact]
                    public void Entities_Can_Be_Materialized()
                    {
                        var missing = new List<System.Type>();
                        foreach (var entity in Types.InCurrentDomain().That().Inherit(typeof(Entity<>)).GetTypes())
                        {
                            var constructors = entity.GetConstructors(BindingFlags.NonPublic | BindingFlags.Instance);
                            if (!constructors.Any(c => c.IsPrivate && c.GetParameters().Length == 0))
                            {
                                missing.Add(entity);
                            }
                        }

                        missing.Should().BeEmpty();
                    }

                    [Fact]
                    public void Entities_Are_Created_By_Factories()
                    {
                        var types = Types.InCurrentDomain().That().Inherit(typeof(Entity<>)).GetTypes();
                        Assert.Empty(types.Where(t => t.GetConstructors(BindingFlags.Public | BindingFlags.Instance).Length > 0));
                    }

                    [Fact]
                    public void Events_Are_Immutable() =>
                        Types.InCurrentDomain().That().HaveNameEndingWith("Event").GetTypes().ShouldBeImmutable();

                    [Fact]
                    public void Entities_Do_Not_Hold_Roots()
                    {
                        var roots = Types.InCurrentDomain().That().ImplementInterface(typeof(IAggregateRoot)).GetTypes().ToList();
                        var entities = Types.InCurrentDomain().That().Inherit(typeof(Entity<>)).GetTypes();
                        var offending = entities.Where(e => e.GetFields(BindingFlags.NonPublic | BindingFlags.Instance).Any(f => roots.Contains(f.FieldType)));
                        Assert.Empty(offending);
                    }

                    [Fact]
                    public void There_Are_Entities() =>
                        Types.InCurrentDomain().That().Inherit(typeof(Entity<>)).GetTypes().Should().NotBeEmpty();

                    [Fact]
                    public void Orders_Live_In_Memory_Only() =>
                        Assert.Empty(typeof(Order).Assembly.GetTypes().Where(t => t.Name.EndsWith("DbContext")));

                    [Fact]
                    public void Handlers_Are_Named_By_Their_Role() =>
                        Assert.Empty(Types.InCurrentDomain().That().HaveNameEndingWith("Handler").GetTypes().Where(t => t.Name.Length > 40));
                }
                """);

        var decision = Assert.Single(import.Run(new NetArchTestImporter()), d => d.Key.EndsWith("#EntityShapeTests", System.StringComparison.Ordinal));

        // Entities_Can_Be_Materialized: a constructor that must exist (rules/0063); Entities_Are_Created_By_Factories:
        // reflection's public constructors, the one C# adds included (rules/0052); Events_Are_Immutable: reflection's
        // public fields and properties, through the extension method (rules/0062).
        Assert.Equal(
            [
                "```techlead\n- id: entities-can-be-materialized\n  kind: members\n  members:\n    kind: constructor\n    static: false\n    types:\n      inherits: Shop.Domain.Orders.Entity`1\n  must-exist: true\n  visibility: private\n  max-parameters: 0\n```\n",
                "```techlead\n- id: entities-are-created-by-factories\n  kind: modifiers\n  types:\n    inherits: Shop.Domain.Orders.Entity`1\n  constructors: non-public\n```\n",
                "```techlead\n- id: events-are-immutable\n  kind: modifiers\n  types:\n    name: \"*Event\"\n  immutable: public-members\n```\n",
                "```techlead\n- id: orders-live-in-memory-only\n  kind: naming\n  types:\n    assembly: Acme.Shop.Domain\n  pattern: ^(?!.*DbContext$)\n```\n",
            ],
            decision.Rules.Select(TestCodeImport.Yaml));
        Assert.Equal(
            [
                ("tests/Arch/EntityShapeTests.cs:42", "the types are a list custom code compares other types with; a TechLead selector cannot refer to the result of another selection"),
                ("tests/Arch/EntityShapeTests.cs:43", "checks in C# the types of each type's fields and properties against other types, in a form the importer does not read (it reads a 'foreach' over 'type.GetFields(flags)' or 'GetProperties(flags)' with 'BindingFlags.DeclaredOnly', failing the type when 'list.Contains(f.FieldType) || f.FieldType.GenericTypeArguments.Any(x => list.Contains(x))' for a list that is another selection); a 'members' rule with 'type-not: <selector>' says it (the type or one of its generic arguments): write it by hand"),
                ("tests/Arch/EntityShapeTests.cs:50", "checks that at least one type matches the selection; TechLead rules do not require types to exist"),
                ("tests/Arch/EntityShapeTests.cs:58", "checks in C# that no type meets 't => t.Name.Length > 40'; the importer translates only conditions a TechLead rule states exactly ('IsSealed', 'IsPublic', 'Name.EndsWith', 'StartsWith' or 'Contains' with a literal)"),
            ],
            decision.NotImported.Select(n => (n.Location, n.Reason)).ToList());
    }
}
