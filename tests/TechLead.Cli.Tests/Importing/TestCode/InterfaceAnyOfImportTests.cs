using System.Linq;
using TechLead.Cli.Importing.TestCode;

namespace TechLead.Cli.Tests.Importing.TestCode;

/// <summary>
/// rules/0063: a suite's C# check that each selected type implements at least one of several interfaces becomes
/// must-implement with a list; NetArchTest's 'Should()...GetTypes()' selects the types that satisfy the conditions.
/// </summary>
public sealed class InterfaceAnyOfImportTests
{
    private const string Header = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using NetArchTest.Rules;
        using NUnit.Framework;
        using Shop.Domain.Orders;
        using Shop.Domain.Pipeline;

        namespace Shop.Tests;

        """;

    private const string Pipeline = """
        namespace Shop.Domain.Pipeline
        {
            public interface IRequestHandler<TRequest> { }
            public interface ICommandHandler<TCommand> : IRequestHandler<TCommand> { }
            public interface ICommandHandler<TCommand, TResult> : IRequestHandler<TCommand> { }
            public interface IQueryHandler<TQuery, TResult> : IRequestHandler<TQuery> { }
            public interface IAudited { }
            public abstract class HandlerBase { }
        }
        """;

    [Fact]
    public void Flags_over_GetInterfaces_with_generic_definitions_become_must_implement_any_of()
    {
        using var import = new TestCodeImport()
            .Write("src/Shop.Domain/Pipeline.cs", Pipeline)
            .Write("tests/Arch/PipelineTests.cs", Header + """
                public sealed class PipelineTests
                {
                    [Test]
                    public void Requests_Go_Through_The_Typed_Pipelines()
                    {
                        var handlers = Types.InAssembly(typeof(Order).Assembly).That().DoNotHaveName("ICommandHandler`1").Should().ImplementInterface(typeof(IRequestHandler<>)).GetTypes();
                        var failing = new List<Type>();
                        foreach (var handler in handlers)
                        {
                            var isCommand = handler.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommandHandler<>));
                            var isCommandWithResult = handler.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommandHandler<,>));
                            var isQuery = handler.GetInterfaces().Any(i => i.GetGenericTypeDefinition() == typeof(IQueryHandler<,>) && i.IsGenericType);
                            if (!isCommand && !isCommandWithResult && !isQuery)
                            {
                                failing.Add(handler);
                            }
                        }

                        Assert.That(failing, Is.Empty);
                    }

                    [Test]
                    public void Handlers_Are_Audited_Or_Typed()
                    {
                        var failing = new List<Type>();
                        foreach (var handler in Types.InAssembly(typeof(Order).Assembly).That().Inherit(typeof(HandlerBase)).GetTypes())
                        {
                            if (!(handler.GetInterfaces().Contains(typeof(IAudited)) || handler.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IQueryHandler<,>))))
                            {
                                failing.Add(handler);
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
                "```techlead\n- id: requests-go-through-the-typed-pipelines\n  kind: must-implement\n  types:\n    assembly: Acme.Shop.Domain\n    implements: Shop.Domain.Pipeline.IRequestHandler`1\n    except:\n      name: ICommandHandler`1\n  type: [Shop.Domain.Pipeline.ICommandHandler`1, Shop.Domain.Pipeline.ICommandHandler`2, Shop.Domain.Pipeline.IQueryHandler`2]\n```\n",
                "```techlead\n- id: handlers-are-audited-or-typed\n  kind: must-implement\n  types:\n    assembly: Acme.Shop.Domain\n    inherits: Shop.Domain.Pipeline.HandlerBase\n  type: [Shop.Domain.Pipeline.IAudited, Shop.Domain.Pipeline.IQueryHandler`2]\n```\n",
            ],
            decision.Rules.Select(TestCodeImport.Yaml));
        Assert.All(decision.Tests, t => Assert.True(t.FullyImported, t.Name));
    }

    [Fact]
    public void Checks_that_mean_something_else_stay_listed_with_the_exact_difference()
    {
        using var import = new TestCodeImport()
            .Write("src/Shop.Domain/Pipeline.cs", Pipeline)
            .Write("tests/Arch/LoosePipelineTests.cs", Header + """
                public sealed class LoosePipelineTests
                {
                    [Test]
                    public void Handlers_Handle_Orders()
                    {
                        var failing = new List<Type>();
                        foreach (var handler in Types.InCurrentDomain().That().Inherit(typeof(HandlerBase)).GetTypes())
                        {
                            if (!handler.GetInterfaces().Contains(typeof(ICommandHandler<Order>)))
                            {
                                failing.Add(handler);
                            }
                        }

                        Assert.That(failing, Is.Empty);
                    }

                    [Test]
                    public void Handlers_Are_Closed_Pipelines()
                    {
                        var failing = new List<Type>();
                        foreach (var handler in Types.InCurrentDomain().That().Inherit(typeof(HandlerBase)).GetTypes())
                        {
                            if (!handler.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommandHandler<Order>)))
                            {
                                failing.Add(handler);
                            }
                        }

                        Assert.That(failing, Is.Empty);
                    }

                    [Test]
                    public void Handlers_Are_Picked_By_Negated_Conditions()
                    {
                        var failing = new List<Type>();
                        foreach (var handler in Types.InCurrentDomain().That().Inherit(typeof(HandlerBase)).ShouldNot().ImplementInterface(typeof(IAudited)).GetTypes())
                        {
                            if (!handler.GetInterfaces().Contains(typeof(IAudited)))
                            {
                                failing.Add(handler);
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
                "the test looks for the interface 'ICommandHandler<Order>' with its generic arguments; TechLead's 'must-implement' names a generic interface by its definition (any arguments)",
                "'GetGenericTypeDefinition() == typeof(ICommandHandler<Order>)' compares a generic definition with a type that is not one, so it never holds and every type fails the test; write 'typeof(ICommandHandler<>)'",
                "'GetTypes()' after 'ShouldNot()' returns types filtered by negated conditions; write the selection with 'That()' predicates (e.g. 'DoNotImplementInterface')",
            ],
            decision.NotImported.Select(n => n.Reason));
    }
}
