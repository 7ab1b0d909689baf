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
}
