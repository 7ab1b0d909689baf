using System.Linq;
using TechLead.Cli.Importing.TestCode;

namespace TechLead.Cli.Tests.Importing.TestCode;

/// <summary>
/// rules/0052: constructor checks a suite writes in C# over a NetArchTest selection become <c>modifiers</c> with
/// <c>constructors: private</c> or <c>non-public</c>, which counts the constructors C# adds as reflection does; a check
/// that reads constructors in another way stays listed with the reason (one that needs a constructor to exist: rules/0063).
/// </summary>
public sealed class ConstructorChecksTests
{
    private const string Header = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Reflection;
        using NetArchTest.Rules;
        using NUnit.Framework;
        using Shop.Domain.Orders;

        namespace Shop.Tests;

        """;

    [Fact]
    public void Loops_over_the_constructors_reflection_lists_become_constructor_requirements()
    {
        using var import = new TestCodeImport()
            .Write("tests/Arch/TestBase.cs", Header + """
                public abstract class TestBase
                {
                    protected static Assembly Domain => typeof(Order).Assembly;

                    protected static void AssertFailingTypes(IEnumerable<Type> types) => Assert.That(types, Is.Null.Or.Empty);
                }
                """)
            .Write("tests/Arch/ConstructionTests.cs", Header + """
                public sealed class ConstructionTests : TestBase
                {
                    [Test]
                    public void Entities_Are_Built_Only_From_Inside()
                    {
                        var entities = Types.InAssembly(Domain).That().Inherit(typeof(Entity<>)).Or().ImplementInterface(typeof(IAggregateRoot)).GetTypes();

                        List<Type> failing = [];
                        foreach (var entity in entities)
                        {
                            var constructors = entity.GetConstructors(BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Instance);
                            foreach (var constructor in constructors)
                            {
                                if (!constructor.IsPrivate)
                                {
                                    failing.Add(entity);
                                }
                            }
                        }

                        AssertFailingTypes(failing);
                    }

                    [Test]
                    public void Policies_Have_No_Public_Constructor()
                    {
                        IEnumerable<Type> policies = Types.InAssembly(Domain).That().HaveNameEndingWith("Policy").GetTypes();

                        List<Type> failing = [];
                        foreach (Type policy in policies)
                        {
                            ConstructorInfo[] found = policy.GetConstructors(BindingFlags.Instance | BindingFlags.Public);
                            if (found.Length != 0)
                            {
                                failing.Add(policy);
                                break;
                            }
                        }

                        AssertFailingTypes(failing);
                    }

                    [Test]
                    public void Money_Types_Are_Created_By_Factories()
                    {
                        var failing = new List<Type>();
                        foreach (var money in Types.InAssembly(Domain).That().HaveNameEndingWith("Money").GetTypes())
                        {
                            if (money.GetConstructors().Any(c => c.IsConstructor && c.IsPublic))
                            {
                                failing.Add(money);
                            }
                        }

                        AssertFailingTypes(failing);
                    }
                }
                """);

        var decision = Assert.Single(import.Run(new NetArchTestImporter()));

        Assert.Empty(decision.NotImported);
        Assert.Equal(
            [
                "```techlead\n- id: entities-are-built-only-from-inside\n  kind: modifiers\n  types:\n    - assembly: Acme.Shop.Domain\n      inherits: Shop.Domain.Orders.Entity`1\n    - assembly: Acme.Shop.Domain\n      implements: Shop.Domain.Orders.IAggregateRoot\n  constructors: private\n```\n",
                "```techlead\n- id: policies-have-no-public-constructor\n  kind: modifiers\n  types:\n    name: \"*Policy\"\n    assembly: Acme.Shop.Domain\n  constructors: non-public\n```\n",
                "```techlead\n- id: money-types-are-created-by-factories\n  kind: modifiers\n  types:\n    name: \"*Money\"\n    assembly: Acme.Shop.Domain\n  constructors: non-public\n```\n",
            ],
            decision.Rules.Select(TestCodeImport.Yaml));
        Assert.All(decision.Tests, t => Assert.True(t.FullyImported, t.Name));
    }

    [Fact]
    public void Checks_that_read_only_some_constructors_stay_listed_and_a_constructor_that_must_exist_is_imported()
    {
        using var import = new TestCodeImport().Write("tests/Arch/PartialTests.cs", Header + """
            public sealed class PartialTests
            {
                [Test]
                public void Non_Public_Constructors_Are_Private()
                {
                    var failing = new List<Type>();
                    foreach (var entity in Types.InCurrentDomain().That().Inherit(typeof(Entity<>)).GetTypes())
                    {
                        foreach (var constructor in entity.GetConstructors(BindingFlags.NonPublic | BindingFlags.Instance))
                        {
                            if (!constructor.IsPrivate)
                            {
                                failing.Add(entity);
                            }
                        }
                    }

                    Assert.That(failing, Is.Empty);
                }

                [Test]
                public void Entities_Can_Be_Materialized()
                {
                    var failing = new List<Type>();
                    foreach (var entity in Types.InCurrentDomain().That().Inherit(typeof(Entity<>)).GetTypes())
                    {
                        if (!entity.GetConstructors(BindingFlags.NonPublic | BindingFlags.Instance).Any(c => c.IsPrivate && c.GetParameters().Length == 0))
                        {
                            failing.Add(entity);
                        }
                    }

                    Assert.That(failing, Is.Empty);
                }
            }
            """);

        var decision = Assert.Single(import.Run(new NetArchTestImporter()));

        // A constructor that must exist is a 'members' rule with 'must-exist' (rules/0063).
        Assert.Equal(
            ["```techlead\n- id: entities-can-be-materialized\n  kind: members\n  members:\n    kind: constructor\n    static: false\n    types:\n      inherits: Shop.Domain.Orders.Entity`1\n  must-exist: true\n  visibility: private\n  max-parameters: 0\n```\n"],
            decision.Rules.Select(TestCodeImport.Yaml));
        Assert.Equal(
            ["checks in C# that each type has only private constructors, in a form the importer does not read (it reads a 'foreach' adding the failing types to a list asserted empty, or 'Where(...)' asserted empty); the 'modifiers' rule 'constructors: private' says the same, counting the constructors C# adds: write it by hand"],
            decision.NotImported.Select(n => n.Reason));
    }
}
