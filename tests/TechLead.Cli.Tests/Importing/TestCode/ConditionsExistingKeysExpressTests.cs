using System.Linq;
using TechLead.Cli.Importing.TestCode;
using Xunit;

namespace TechLead.Cli.Tests.Importing.TestCode;

/// <summary>
/// Conditions and arguments real suites write that an existing rule key expresses with the same meaning: NetArchTest's
/// negated name and mutability conditions, ArchUnitNET's <c>NotBeAbstract()</c>, and a type held in a field.
/// </summary>
public sealed class ConditionsExistingKeysExpressTests
{
    private const string Messaging = """
        namespace Shop.Messaging
        {
            public interface IHandler<TRequest, TResponse> { }
            public abstract class IntegrationEvent { }
        }
        """;

    [Fact]
    public void NetArchTest_negated_names_mutability_and_a_type_held_in_a_field_become_rules()
    {
        using var import = new TestCodeImport().Write("src/Shop.Domain/Messaging.cs", Messaging).Write("tests/Arch/ConventionTests.cs", """
            using System;
            using NetArchTest.Rules;
            using Shop.Domain.Orders;
            using Shop.Messaging;
            using Xunit;

            namespace Shop.Tests;

            public sealed class ConventionTests
            {
                private static readonly Type Handler = typeof(IHandler<,>);

                [Fact]
                public void Handlers_End_With_Handler()
                {
                    var handlers = Types.InAssembly(typeof(Order).Assembly).That().ImplementInterface(Handler);
                    Assert.True(handlers.Should().HaveNameEndingWith("Handler").GetResult().IsSuccessful);
                }

                [Fact]
                public void Events_Are_Not_Mutable() =>
                    Assert.True(Types.InAssembly(typeof(Order).Assembly).That().Inherit(typeof(IntegrationEvent))
                        .ShouldNot().BeMutable().GetResult().IsSuccessful);

                [Fact]
                public void Entities_Do_Not_End_With_Entity() =>
                    Assert.True(Types.InAssembly(typeof(Order).Assembly).That().ResideInNamespace("Shop.Domain")
                        .Should().NotHaveNameEndingWith("Entity").GetResult().IsSuccessful);

                [Fact]
                public void Entities_Do_Not_Start_With_Base() =>
                    Assert.True(Types.InAssembly(typeof(Order).Assembly).That().ResideInNamespace("Shop.Domain")
                        .ShouldNot().HaveNameStartingWith("Base").GetResult().IsSuccessful);
            }
            """);

        var decision = Assert.Single(import.Run(new NetArchTestImporter()));

        Assert.Empty(decision.NotImported);
        Assert.Equal(
            [
                "```techlead\n- id: handlers-end-with-handler\n  kind: naming\n  types:\n    assembly: Acme.Shop.Domain\n    implements: Shop.Messaging.IHandler`2\n  pattern: (?i)Handler$\n```\n",
                "```techlead\n- id: events-are-not-mutable\n  kind: modifiers\n  types:\n    assembly: Acme.Shop.Domain\n    inherits: Shop.Messaging.IntegrationEvent\n  immutable: true\n```\n",
                "```techlead\n- id: entities-do-not-end-with-entity\n  kind: naming\n  types:\n    namespace: Shop.Domain*.**\n    assembly: Acme.Shop.Domain\n  pattern: (?i)^(?!.*Entity$)\n```\n",
                "```techlead\n- id: entities-do-not-start-with-base\n  kind: naming\n  types:\n    namespace: Shop.Domain*.**\n    assembly: Acme.Shop.Domain\n  pattern: (?i)^(?!Base)\n```\n",
            ],
            decision.Rules.Select(TestCodeImport.Yaml).ToList());
    }

    [Fact]
    public void ArchUnitNet_NotBeAbstract_requires_neither_abstract_nor_static()
    {
        using var import = new TestCodeImport().Write("src/Shop.Domain/Messaging.cs", Messaging).Write("tests/Arch/EventTests.cs", """
            using ArchUnitNET.Domain;
            using ArchUnitNET.xUnit;
            using Shop.Messaging;
            using static ArchUnitNET.Fluent.ArchRuleDefinition;

            namespace Shop.Tests;

            public sealed class EventTests
            {
                private static readonly Architecture Architecture = null!;

                [Fact]
                public void Events_Are_Concrete() =>
                    Classes().That().AreAssignableTo(typeof(IntegrationEvent)).And().DoNotHaveName("IntegrationEvent")
                        .Should().NotBeAbstract().Check(Architecture);
            }
            """);

        var decision = Assert.Single(import.Run(new ArchUnitNetImporter()));

        Assert.Empty(decision.NotImported);
        Assert.Equal(
            [
                "```techlead\n- id: events-are-concrete\n  kind: modifiers\n  types:\n    inherits: Shop.Messaging.IntegrationEvent\n    except:\n      - name: IntegrationEvent\n      - kind: interface\n      - kind: struct\n      - kind: enum\n  static: false\n  abstract: false\n```\n",
            ],
            decision.Rules.Select(TestCodeImport.Yaml).ToList());
    }
}
