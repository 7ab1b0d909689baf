using System.Threading.Tasks;
using TechLead.Analyzers.Tests.Infrastructure;
using static TechLead.Analyzers.Tests.Infrastructure.AnalyzerTest;

namespace TechLead.Analyzers.Tests;

public sealed class TL0202InheritanceViolationTests
{
    [Fact]
    public Task Must_inherit_anywhere_in_the_base_chain() =>
        Run(
            "namespace Shop.Api { public class ControllerBase { } public class Base : ControllerBase { } public class OrdersController : Base { } public class {|#0:CustomersController|} { } }",
            Adrs.WithRules("  - id: controllers\n    kind: must-inherit\n    types: Shop.Api.*Controller\n    type: Shop.Api.ControllerBase"),
            Diagnostic("TL0202", 0, $"[ADR-0007] 'Shop.Api.CustomersController' must inherit 'Shop.Api.ControllerBase' (rule controllers: {Adrs.Title})"));

    [Fact]
    public Task Must_implement_directly_or_through_a_base() =>
        Run(
            "namespace Shop.Domain { public interface IEntity { } public class Base : IEntity { } public class Order : Base { } public class {|#0:Customer|} { } }",
            Adrs.WithRules("  - id: entities\n    kind: must-implement\n    types: { namespace: Shop.Domain, kind: class, except: Shop.Domain.Base }\n    type: Shop.Domain.IEntity"),
            Diagnostic("TL0202", 0, $"[ADR-0007] 'Shop.Domain.Customer' must implement 'Shop.Domain.IEntity' (rule entities: {Adrs.Title})"));

    [Fact]
    public Task Must_implement_any_of_several_generic_interfaces_open_or_closed_directly_or_through_a_base() =>
        Run(
            """
            namespace Shop
            {
                public interface IRequestHandler<T> { }
                public interface ICommandHandler<T> : IRequestHandler<T> { }
                public interface ICommandHandler<T, TResult> : IRequestHandler<T> { }
                public interface IQueryHandler<T, TResult> : IRequestHandler<T> { }
                public sealed record Rename(string Name);
            }
            namespace Shop.Handlers
            {
                public class RenameHandler : Shop.ICommandHandler<Shop.Rename> { }
                public class CreateHandler : Shop.ICommandHandler<Shop.Rename, int> { }
                public class FindHandler : Shop.IQueryHandler<Shop.Rename, string> { }
                public class LoggingHandler<T> : Shop.ICommandHandler<T> { }
                public class AuditedHandler : LoggingHandler<Shop.Rename> { }
                public class {|#0:RawHandler|} : Shop.IRequestHandler<Shop.Rename> { }
            }
            """,
            Adrs.WithRules("  - id: handlers\n    kind: must-implement\n    types: Shop.Handlers.*\n    type: [Shop.ICommandHandler`1, Shop.ICommandHandler`2, Shop.IQueryHandler`2]"),
            Diagnostic("TL0202", 0, $"[ADR-0007] 'Shop.Handlers.RawHandler' must implement one of 'Shop.ICommandHandler`1', 'Shop.ICommandHandler`2' and 'Shop.IQueryHandler`2' (rule handlers: {Adrs.Title})"));

    [Fact]
    public Task Must_inherit_any_of_several_bases_anywhere_in_the_chain() =>
        Run(
            "namespace Shop.Api { public class ControllerBase { } public class PageModel { } public class Base : ControllerBase { } public class OrdersController : Base { } public class CartPage : PageModel { } public class {|#0:LoosePage|} { } }",
            Adrs.WithRules("  - id: web-types\n    kind: must-inherit\n    types: { namespace: Shop.Api, name-matches: '(Controller|Page)$' }\n    type: [Shop.Api.ControllerBase, Shop.Api.PageModel]"),
            Diagnostic("TL0202", 0, $"[ADR-0007] 'Shop.Api.LoosePage' must inherit one of 'Shop.Api.ControllerBase' and 'Shop.Api.PageModel' (rule web-types: {Adrs.Title})"));

    [Fact]
    public Task Must_not_inherit_flags_each_type_with_a_listed_base_anywhere_in_its_chain_but_not_the_base_itself() =>
        Run(
            """
            namespace Shop.Kernel
            {
                public abstract class Entity { }
                public abstract class Entity<TId> : Entity { }
                public abstract class ValueObject { }
            }
            namespace Shop.Chat
            {
                public abstract class Entity { }
                public sealed class Conversation : Entity { }
                public abstract class ChatBase : Shop.Kernel.Entity<int> { }
                public sealed class {|#0:ChatMessage|} : ChatBase { }
                public sealed class {|#1:Room|} : Shop.Kernel.ValueObject { }
                public sealed class Prompt { }
            }
            """,
            Adrs.WithRules("  - id: chat-is-not-ddd\n    kind: must-not-inherit\n    types: { namespace: Shop.Chat, abstract: false }\n    type: [Shop.Kernel.Entity, Shop.Kernel.ValueObject]"),
            Diagnostic("TL0202", 0, $"[ADR-0007] 'Shop.Chat.ChatMessage' must not inherit 'Shop.Kernel.Entity' (rule chat-is-not-ddd: {Adrs.Title})"),
            Diagnostic("TL0202", 1, $"[ADR-0007] 'Shop.Chat.Room' must not inherit 'Shop.Kernel.ValueObject' (rule chat-is-not-ddd: {Adrs.Title})"));

    [Fact]
    public Task Must_not_implement_an_open_generic_flags_every_construction_directly_or_through_a_base_or_interface() =>
        Run(
            """
            namespace Shop
            {
                public interface IQuery<T> { }
                public interface IPagedQuery<T> : IQuery<T> { }
                public interface ICommand { }
            }
            namespace Shop.Events
            {
                public sealed record {|#0:OrderShipped|} : Shop.IQuery<int>;
                public abstract class PagedBase<T> : Shop.IPagedQuery<T> { }
                public sealed class {|#1:OrdersListed|} : PagedBase<string> { }
                public interface IEventQuery : Shop.IQuery<string> { }
                public sealed record OrderPlaced(int Id);
            }
            """,
            Adrs.WithRules("  - id: events-are-not-queries\n    kind: must-not-implement\n    types: { namespace: Shop.Events, abstract: false }\n    type: Shop.IQuery`1"),
            Diagnostic("TL0202", 0, $"[ADR-0007] 'Shop.Events.OrderShipped' must not implement 'Shop.IQuery`1' (rule events-are-not-queries: {Adrs.Title})"),
            Diagnostic("TL0202", 1, $"[ADR-0007] 'Shop.Events.OrdersListed' must not implement 'Shop.IQuery`1' (rule events-are-not-queries: {Adrs.Title})"));

    [Fact]
    public Task Must_not_implement_leaves_the_interface_itself_alone() =>
        Run(
            "namespace Shop.Domain { public interface IAggregateRoot { } public interface {|#0:IOrderRoot|} : IAggregateRoot { } public sealed class {|#1:Order|} : IOrderRoot { } public sealed class Money { } }",
            Adrs.WithRules("  - id: no-roots\n    kind: must-not-implement\n    types: Shop.Domain.*\n    type: Shop.Domain.IAggregateRoot"),
            Diagnostic("TL0202", 0, $"[ADR-0007] 'Shop.Domain.IOrderRoot' must not implement 'Shop.Domain.IAggregateRoot' (rule no-roots: {Adrs.Title})"),
            Diagnostic("TL0202", 1, $"[ADR-0007] 'Shop.Domain.Order' must not implement 'Shop.Domain.IAggregateRoot' (rule no-roots: {Adrs.Title})"));
}
