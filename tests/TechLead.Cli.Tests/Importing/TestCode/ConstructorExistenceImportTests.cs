using System.Linq;
using TechLead.Cli.Importing.TestCode;

namespace TechLead.Cli.Tests.Importing.TestCode;

/// <summary>
/// rules/0063: a suite's C# check that each selected type declares a constructor of some shape (private and
/// parameterless, carrying an attribute) becomes a 'members' rule with 'must-exist: true'; a check whose meaning differs
/// stays listed with the exact difference.
/// </summary>
public sealed class ConstructorExistenceImportTests
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

    private const string Attributes = """
        namespace Shop.Domain.Orders
        {
            [System.AttributeUsage(System.AttributeTargets.Constructor)]
            public sealed class RehydrateAttribute : System.Attribute { }

            [System.AttributeUsage(System.AttributeTargets.Constructor)]
            public class FactoryAttribute : System.Attribute { }

            public abstract class MessageBase { }
        }
        """;

    private static string Rule(string id, string types, string conditions) =>
        $"```techlead\n- id: {id}\n  kind: members\n  members:\n    kind: constructor\n    static: false\n    types:\n{types}  must-exist: true\n{conditions}```\n";

    [Fact]
    public void A_flag_set_in_a_loop_over_the_constructors_with_or_without_break_becomes_a_must_exist_rule()
    {
        using var import = new TestCodeImport()
            .Write("src/Shop.Domain/Attributes.cs", Attributes)
            .Write("tests/Arch/PersistenceTests.cs", Header + """
                public sealed class PersistenceTests
                {
                    [Test]
                    public void Messages_Can_Be_Rehydrated()
                    {
                        var messages = Types.InAssembly(typeof(Order).Assembly).That().Inherit(typeof(MessageBase)).GetTypes();
                        var failing = new List<Type>();
                        foreach (var message in messages)
                        {
                            bool rehydratable = false;
                            var constructors = message.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance);
                            foreach (var constructor in constructors)
                            {
                                var marks = constructor.GetCustomAttributes(typeof(RehydrateAttribute), false);
                                if (marks.Length > 0)
                                {
                                    rehydratable = true;
                                    break;
                                }
                            }

                            if (!rehydratable)
                            {
                                failing.Add(message);
                            }
                        }

                        Assert.That(failing, Is.Empty);
                    }

                    [Test]
                    public void Entities_Can_Be_Loaded_By_The_Orm()
                    {
                        var failing = new List<Type>();
                        foreach (var entity in Types.InAssembly(typeof(Order).Assembly).That().Inherit(typeof(Entity<>)).GetTypes())
                        {
                            var loadable = false;
                            foreach (var constructor in entity.GetConstructors(BindingFlags.NonPublic | BindingFlags.Instance))
                            {
                                if (constructor.IsPrivate && constructor.GetParameters().Length == 0)
                                {
                                    loadable = true;
                                }
                            }

                            if (!loadable)
                            {
                                failing.Add(entity);
                            }
                        }

                        Assert.That(failing, Is.Empty);
                    }
                }
                """);

        var decision = Assert.Single(import.Run(new NetArchTestImporter()));

        Assert.Empty(decision.NotImported);
        Assert.Equal(
            [
                Rule("messages-can-be-rehydrated", "      assembly: Acme.Shop.Domain\n      inherits: Shop.Domain.Orders.MessageBase\n", "  require-attribute: Shop.Domain.Orders.RehydrateAttribute\n"),
                Rule("entities-can-be-loaded-by-the-orm", "      assembly: Acme.Shop.Domain\n      inherits: Shop.Domain.Orders.Entity`1\n", "  visibility: private\n  max-parameters: 0\n"),
            ],
            decision.Rules.Select(TestCodeImport.Yaml));
        Assert.All(decision.Tests, t => Assert.True(t.FullyImported, t.Name));
    }

    [Fact]
    public void Any_over_the_constructors_IsDefined_and_GetCustomAttribute_become_must_exist_rules_the_listed_visibility_kept()
    {
        using var import = new TestCodeImport()
            .Write("src/Shop.Domain/Attributes.cs", Attributes)
            .Write("tests/Arch/ConstructionTests.cs", Header + """
                public sealed class ConstructionTests
                {
                    [Test]
                    public void Messages_Have_A_Marked_Public_Constructor()
                    {
                        var failing = new List<Type>();
                        foreach (var message in Types.InCurrentDomain().That().Inherit(typeof(MessageBase)).GetTypes())
                        {
                            if (!message.GetConstructors().Any(c => c.IsDefined(typeof(RehydrateAttribute), false)))
                            {
                                failing.Add(message);
                            }
                        }

                        Assert.That(failing, Is.Empty);
                    }

                    [Test]
                    public void Entities_Have_A_Marked_Hidden_Constructor()
                    {
                        var entities = Types.InCurrentDomain().That().Inherit(typeof(Entity<>)).GetTypes();
                        Assert.That(entities.Where(e => !e.GetConstructors(BindingFlags.NonPublic | BindingFlags.Instance).Any(c => c.GetCustomAttribute<RehydrateAttribute>() != null)), Is.Empty);
                    }
                }
                """);

        var decision = Assert.Single(import.Run(new NetArchTestImporter()));

        Assert.Empty(decision.NotImported);
        Assert.Equal(
            [
                Rule("messages-have-a-marked-public-constructor", "      inherits: Shop.Domain.Orders.MessageBase\n", "  visibility: public\n  require-attribute: Shop.Domain.Orders.RehydrateAttribute\n"),
                Rule("entities-have-a-marked-hidden-constructor", "      inherits: Shop.Domain.Orders.Entity`1\n", "  visibility: [internal, protected, private, protected-internal, private-protected]\n  require-attribute: Shop.Domain.Orders.RehydrateAttribute\n"),
            ],
            decision.Rules.Select(TestCodeImport.Yaml));
    }

    [Fact]
    public void Checks_that_mean_something_else_stay_listed_with_the_exact_difference()
    {
        using var import = new TestCodeImport()
            .Write("src/Shop.Domain/Attributes.cs", Attributes)
            .Write("tests/Arch/LooseTests.cs", Header + """
                public sealed class LooseTests
                {
                    [Test]
                    public void Messages_Have_A_Factory_Constructor()
                    {
                        var failing = new List<Type>();
                        foreach (var message in Types.InCurrentDomain().That().Inherit(typeof(MessageBase)).GetTypes())
                        {
                            if (!message.GetConstructors().Any(c => c.GetCustomAttributes(typeof(FactoryAttribute), true).Any()))
                            {
                                failing.Add(message);
                            }
                        }

                        Assert.That(failing, Is.Empty);
                    }

                    [Test]
                    public void Entities_Have_A_Private_Constructor()
                    {
                        var failing = new List<Type>();
                        foreach (var entity in Types.InCurrentDomain().That().Inherit(typeof(Entity<>)).GetTypes())
                        {
                            if (!entity.GetConstructors(BindingFlags.Public | BindingFlags.Instance).Any(c => c.IsPrivate))
                            {
                                failing.Add(entity);
                            }
                        }

                        Assert.That(failing, Is.Empty);
                    }

                    [Test]
                    public void Entities_Have_A_Small_Constructor()
                    {
                        var failing = new List<Type>();
                        foreach (var entity in Types.InCurrentDomain().That().Inherit(typeof(Entity<>)).GetTypes())
                        {
                            if (!entity.GetConstructors().Any(c => c.GetParameters().Length == 0 || c.IsDefined(typeof(RehydrateAttribute), false)))
                            {
                                failing.Add(entity);
                            }
                        }

                        Assert.That(failing, Is.Empty);
                    }
                }
                """);

        var decision = Assert.Single(import.Run(new NetArchTestImporter()));

        Assert.Empty(decision.Rules);
        Assert.Equal(
            [
                "'GetCustomAttributes' also finds attributes derived from 'Shop.Domain.Orders.FactoryAttribute', which is not sealed, and TechLead's 'require-attribute' matches the attribute class by name; write 'require-attribute' with each attribute class by hand if no derived one is meant",
                "the constructors are listed without 'BindingFlags.NonPublic', so none is private and every type fails the test; fix the test's binding flags",
                "checks in C# that each type has a constructor meeting 'c.GetParameters().Length == 0 || c.IsDefined(typeof(RehydrateAttribute), false)'; the importer reads a test made of a visibility flag ('c.IsPrivate'), 'c.GetParameters().Length == 0' and one attribute lookup joined with '&&', and 'c.GetParameters().Length == 0 || c.IsDefined(typeof(RehydrateAttribute), false)' is not one of them",
            ],
            decision.NotImported.Select(n => n.Reason));
    }
}
