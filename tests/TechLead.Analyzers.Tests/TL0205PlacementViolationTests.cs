using System.Threading.Tasks;
using TechLead.Analyzers.Tests.Infrastructure;
using static TechLead.Analyzers.Tests.Infrastructure.AnalyzerTest;

namespace TechLead.Analyzers.Tests;

public sealed class TL0205PlacementViolationTests
{
    [Fact]
    public Task Selected_types_must_reside_in_the_namespace() =>
        Run(
            "namespace Shop.Domain.Orders { public class {|#1:OrderRepository|} { } } namespace Shop.Infrastructure { public class CustomerRepository { } } namespace Shop.Domain { public interface {|#0:IRepository|} { } }",
            Adrs.WithRules("  - id: repos-in-infra\n    kind: placement\n    types: '**.*Repository'\n    namespace: Shop.Infrastructure.**"),
            Diagnostic("TL0205", 0, $"[ADR-0007] 'Shop.Domain.IRepository' must reside in namespace 'Shop.Infrastructure.**' (rule repos-in-infra: {Adrs.Title})"),
            Diagnostic("TL0205", 1, $"[ADR-0007] 'Shop.Domain.Orders.OrderRepository' must reside in namespace 'Shop.Infrastructure.**' (rule repos-in-infra: {Adrs.Title})"));

    [Fact]
    public Task A_name_condition_matches_the_simple_name_of_nested_and_generic_types() =>
        Run(
            "namespace Shop.Api { public class {|#0:OrderEndpoint|} { } public class Orders { public class {|#1:CreateEndpoint|} { } } public class {|#2:PageEndpoint|}<T> { } public class EndpointHelper { } } namespace Shop.Endpoints { public class GoodEndpoint { } }",
            Adrs.WithRules("  - id: endpoints\n    kind: placement\n    types: { name: '*Endpoint' }\n    namespace: Shop.Endpoints"),
            Diagnostic("TL0205", 0, $"[ADR-0007] 'Shop.Api.OrderEndpoint' must reside in namespace 'Shop.Endpoints' (rule endpoints: {Adrs.Title})"),
            Diagnostic("TL0205", 1, $"[ADR-0007] 'Shop.Api.Orders.CreateEndpoint' must reside in namespace 'Shop.Endpoints' (rule endpoints: {Adrs.Title})"),
            Diagnostic("TL0205", 2, $"[ADR-0007] 'Shop.Api.PageEndpoint`1' must reside in namespace 'Shop.Endpoints' (rule endpoints: {Adrs.Title})"));

    [Fact]
    public Task Namespace_matches_is_a_case_sensitive_regex_found_anywhere_in_the_namespace() =>
        Run(
            """
            namespace Shop.Ordering.Features.Create { public sealed class CreateOrderHandler { } }
            namespace Shop.Catalog.Features { public sealed class ListBooksHandler { } }
            namespace Shop.Catalog.FeaturesLegacy { public sealed class {|#0:OldHandler|} { } }
            namespace Shop.Basket.features { public sealed class {|#1:AddItemHandler|} { } }
            namespace Shop.Basket { public sealed class {|#2:CheckoutHandler|} { } }
            """,
            Adrs.WithRules("  - id: handlers-in-features\n    kind: placement\n    types: '**.*Handler'\n    namespace-matches: '\\.Features(\\.|$)'"),
            Diagnostic("TL0205", 0, $"[ADR-0007] 'Shop.Catalog.FeaturesLegacy.OldHandler' must reside in a namespace matching '\\.Features(\\.|$)' (rule handlers-in-features: {Adrs.Title})"),
            Diagnostic("TL0205", 1, $"[ADR-0007] 'Shop.Basket.features.AddItemHandler' must reside in a namespace matching '\\.Features(\\.|$)' (rule handlers-in-features: {Adrs.Title})"),
            Diagnostic("TL0205", 2, $"[ADR-0007] 'Shop.Basket.CheckoutHandler' must reside in a namespace matching '\\.Features(\\.|$)' (rule handlers-in-features: {Adrs.Title})"));
}
