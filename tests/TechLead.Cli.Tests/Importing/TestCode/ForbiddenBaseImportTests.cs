using System.Linq;
using TechLead.Cli.Importing.TestCode;
using Xunit;

namespace TechLead.Cli.Tests.Importing.TestCode;

/// <summary>
/// rules/0065: conditions that forbid a base class or interface are <c>must-not-inherit</c> / <c>must-not-implement</c>.
/// ArchUnitNET's <c>NotBeAssignableTo(typeof(X))</c> also fails X itself, which TechLead's rules never flag: it imports
/// only where the selection cannot hold X (another assembly or namespace, or X left out by name).
/// </summary>
public sealed class ForbiddenBaseImportTests
{
    private const string Kernel = """
        namespace Shop.Kernel
        {
            public abstract class ValueObject { }
            public interface IQuery<TResult> { }
            public interface ICommand { }
        }
        """;

    [Fact]
    public void ArchUnitNet_NotBeAssignableTo_and_NotImplementInterface_forbid_the_base()
    {
        using var import = new TestCodeImport().Write("src/Shop.Domain/Kernel.cs", Kernel).Write("tests/Arch/ChatTests.cs", """
            using ArchUnitNET.Domain;
            using ArchUnitNET.xUnit;
            using Shop.Domain.Orders;
            using Shop.Kernel;
            using Xunit;
            using static ArchUnitNET.Fluent.ArchRuleDefinition;

            namespace Shop.Tests;

            public sealed class ChatTests
            {
                private static readonly Architecture Architecture = null!;

                [Fact]
                public void Chat_Has_No_Entities() =>
                    Types().That().ResideInNamespace("Shop.Chat").Should().NotBeAssignableTo(typeof(Entity<>)).Check(Architecture);

                [Fact]
                public void Messages_Are_Not_Value_Objects() =>
                    Classes().That().HaveNameEndingWith("Message").And().AreNot(typeof(ValueObject)).Should().NotBeAssignableTo(typeof(ValueObject)).Check(Architecture);

                [Fact]
                public void Events_Are_Not_Queries() =>
                    Types().That().HaveNameEndingWith("Event").Should().NotImplementInterface(typeof(IQuery<>)).Check(Architecture);
            }
            """);

        var decision = Assert.Single(import.Run(new ArchUnitNetImporter()));

        Assert.Empty(decision.NotImported);
        Assert.Equal(
            [
                "```techlead\n- id: chat-has-no-entities\n  kind: must-not-inherit\n  types:\n    namespace: Shop.Chat\n  type: Shop.Domain.Orders.Entity`1\n```\n",
                "```techlead\n- id: messages-are-not-value-objects\n  kind: must-not-inherit\n  types:\n    name: \"*Message\"\n    except:\n      - name: ValueObject\n        namespace: Shop.Kernel\n      - kind: interface\n      - kind: struct\n      - kind: enum\n  type: Shop.Kernel.ValueObject\n```\n",
                "```techlead\n- id: events-are-not-queries\n  kind: must-not-implement\n  types:\n    name: \"*Event\"\n  type: Shop.Kernel.IQuery`1\n```\n",
            ],
            decision.Rules.Select(TestCodeImport.Yaml).ToList());
    }

    [Fact]
    public void ArchUnitNet_NotBeAssignableTo_a_type_the_selection_may_hold_or_a_class_and_an_interface_says_why()
    {
        using var import = new TestCodeImport().Write("src/Shop.Domain/Kernel.cs", Kernel).Write("tests/Arch/KernelTests.cs", """
            using ArchUnitNET.Domain;
            using ArchUnitNET.xUnit;
            using Shop.Domain.Orders;
            using Shop.Kernel;
            using Xunit;
            using static ArchUnitNET.Fluent.ArchRuleDefinition;

            namespace Shop.Tests;

            public sealed class KernelTests
            {
                private static readonly Architecture Architecture = null!;

                [Fact]
                public void Nothing_Is_A_Value_Object() =>
                    Types().That().HaveNameEndingWith("Object").Should().NotBeAssignableTo(typeof(ValueObject)).Check(Architecture);

                [Fact]
                public void Chat_Is_Not_Ddd() =>
                    Types().That().ResideInNamespace("Shop.Chat").Should().NotBeAssignableTo(typeof(ValueObject), typeof(IAggregateRoot)).Check(Architecture);
            }
            """);

        var decision = Assert.Single(import.Run(new ArchUnitNetImporter()));

        Assert.Empty(decision.Rules);
        Assert.Equal(
            [
                ("tests/Arch/KernelTests.cs:16", "'NotBeAssignableTo(typeof(ValueObject))' also fails 'Shop.Kernel.ValueObject' itself, and the selection may hold it: TechLead's 'must-not-inherit' checks the types that derive from it, never the type itself; select only types of another assembly or namespace, or leave it out ('AreNot(typeof(...))'), and it imports"),
                ("tests/Arch/KernelTests.cs:20", "'NotBeAssignableTo' with the class 'Shop.Kernel.ValueObject' and the interface 'Shop.Domain.Orders.IAggregateRoot' is two TechLead rules ('must-not-inherit' the classes, 'must-not-implement' the interfaces): write one condition per kind of type and it imports"),
            ],
            decision.NotImported.Select(n => (n.Location, n.Reason)).ToList());
    }

    [Fact]
    public void NetArchTest_NotImplementInterface_NotInherit_and_their_ShouldNot_forms_forbid_the_base()
    {
        using var import = new TestCodeImport().Write("src/Shop.Domain/Kernel.cs", Kernel).Write("tests/Arch/ChatTests.cs", """
            using NetArchTest.Rules;
            using Shop.Domain.Orders;
            using Shop.Kernel;
            using Xunit;

            namespace Shop.Tests;

            public sealed class ChatTests
            {
                [Fact]
                public void Chat_Has_No_Aggregates() =>
                    Assert.True(Types.InAssembly(typeof(Order).Assembly).That().ResideInNamespace("Shop.Chat").Should().NotImplementInterface(typeof(IAggregateRoot)).GetResult().IsSuccessful);

                [Fact]
                public void Chat_Has_No_Value_Objects() =>
                    Assert.True(Types.InAssembly(typeof(Order).Assembly).That().ResideInNamespace("Shop.Chat").ShouldNot().Inherit(typeof(ValueObject)).GetResult().IsSuccessful);

                [Fact]
                public void Events_Are_Not_Commands() =>
                    Assert.True(Types.InAssembly(typeof(Order).Assembly).That().HaveNameEndingWith("Event").ShouldNot().ImplementInterface(typeof(ICommand)).GetResult().IsSuccessful);

                [Fact]
                public void Inheriting_An_Interface() =>
                    Assert.True(Types.InAssembly(typeof(Order).Assembly).Should().NotInherit(typeof(ICommand)).GetResult().IsSuccessful);
            }
            """);

        var decision = Assert.Single(import.Run(new NetArchTestImporter()));

        Assert.Equal(
            [
                "```techlead\n- id: chat-has-no-aggregates\n  kind: must-not-implement\n  types:\n    namespace: Shop.Chat*.**\n    assembly: Acme.Shop.Domain\n  type: Shop.Domain.Orders.IAggregateRoot\n```\n",
                "```techlead\n- id: chat-has-no-value-objects\n  kind: must-not-inherit\n  types:\n    namespace: Shop.Chat*.**\n    assembly: Acme.Shop.Domain\n  type: Shop.Kernel.ValueObject\n```\n",
                "```techlead\n- id: events-are-not-commands\n  kind: must-not-implement\n  types:\n    name: \"*Event\"\n    assembly: Acme.Shop.Domain\n  type: Shop.Kernel.ICommand\n```\n",
            ],
            decision.Rules.Select(TestCodeImport.Yaml).ToList());
        Assert.Equal(
            [
                ("tests/Arch/ChatTests.cs:24", "'NotInherit' with the interface 'Shop.Kernel.ICommand' reads only the base-class chain, which holds no interface, so it never fails: check 'ImplementInterface' instead and it imports"),
            ],
            decision.NotImported.Select(n => (n.Location, n.Reason)).ToList());
    }
}
