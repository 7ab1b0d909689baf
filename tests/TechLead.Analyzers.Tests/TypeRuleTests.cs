using System.Threading.Tasks;
using TechLead.Analyzers.Tests.Infrastructure;
using static TechLead.Analyzers.Tests.Infrastructure.AnalyzerTest;

namespace TechLead.Analyzers.Tests;

public sealed class TL0201NamingViolationTests
{
    [Fact]
    public Task Simple_name_without_arity_must_match_the_pattern() =>
        Run(
            "namespace Shop.Infrastructure { public class {|#0:OrderRepo|} { } public class OrderRepository { } public class CustomerRepository<T> { } }",
            Adrs.WithRules("  - id: repo-suffix\n    kind: naming\n    types: Shop.Infrastructure.**\n    pattern: '^.*Repository$'"),
            Diagnostic("TL0201", 0, $"[ADR-0007] 'Shop.Infrastructure.OrderRepo' must match the naming pattern '^.*Repository$' (rule repo-suffix: {Adrs.Title})"));
}

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
}

public sealed class TL0203AttributeViolationTests
{
    [Fact]
    public Task Required_and_forbidden_attributes() =>
        Run(
            "namespace Shop.Dto { [System.Serializable] public class Ok { } public class {|#0:Missing|} { } [System.Serializable, System.Obsolete] public class {|#1:Old|} { } }",
            Adrs.WithRules(
                "  - id: dto-serializable\n    kind: attributes\n    types: Shop.Dto.*\n    require: [System.SerializableAttribute]\n"
                + "  - id: dto-current\n    kind: attributes\n    types: Shop.Dto.*\n    forbid: [System.ObsoleteAttribute]"),
            Diagnostic("TL0203", 0, $"[ADR-0007] 'Shop.Dto.Missing' must have attribute 'System.SerializableAttribute' (rule dto-serializable: {Adrs.Title})"),
            Diagnostic("TL0203", 1, $"[ADR-0007] 'Shop.Dto.Old' must not have attribute 'System.ObsoleteAttribute' (rule dto-current: {Adrs.Title})"));

    [Fact]
    public Task One_diagnostic_lists_every_missing_and_forbidden_attribute() =>
        Run(
            "namespace Shop.Contracts { public sealed class ContractAttribute : System.Attribute { } } namespace Shop.Dto { [System.Obsolete] public class {|#0:Bare|} { } [Shop.Contracts.Contract] public class {|#1:Half|} { } }",
            Adrs.WithRules("  - id: dto-shape\n    kind: attributes\n    types: Shop.Dto.*\n    require: [System.SerializableAttribute, Shop.Contracts.ContractAttribute]\n    forbid: [System.ObsoleteAttribute]"),
            Diagnostic("TL0203", 0, $"[ADR-0007] 'Shop.Dto.Bare' must have attributes 'System.SerializableAttribute' and 'Shop.Contracts.ContractAttribute' and must not have attribute 'System.ObsoleteAttribute' (rule dto-shape: {Adrs.Title})"),
            Diagnostic("TL0203", 1, $"[ADR-0007] 'Shop.Dto.Half' must have attribute 'System.SerializableAttribute' (rule dto-shape: {Adrs.Title})"));
}

public sealed class TL0204ModifierViolationTests
{
    [Fact]
    public Task Sealed_and_immutable_requirements() =>
        Run(
            "namespace Shop.Domain { public sealed class Ok { public int A { get; } public int B { get; init; } } public class {|#0:Open|} { } public sealed class {|#1:Mutable|} { public int Name { get; set; } } }",
            Adrs.WithRules("  - id: sealed-values\n    kind: modifiers\n    types: Shop.Domain.*\n    sealed: true\n    immutable: true"),
            Diagnostic("TL0204", 0, $"[ADR-0007] 'Shop.Domain.Open' must be sealed (rule sealed-values: {Adrs.Title})"),
            Diagnostic("TL0204", 1, $"[ADR-0007] 'Shop.Domain.Mutable' must be immutable ('Name' is settable) (rule sealed-values: {Adrs.Title})"));

    [Fact]
    public Task Visibility_requirement() =>
        Run(
            "namespace Shop.Infrastructure { internal class Ok { } public class {|#0:Leaky|} { } }",
            Adrs.WithRules("  - id: infra-internal\n    kind: modifiers\n    types: Shop.Infrastructure.*\n    visibility: internal"),
            Diagnostic("TL0204", 0, $"[ADR-0007] 'Shop.Infrastructure.Leaky' must be internal (rule infra-internal: {Adrs.Title})"));

    [Fact]
    public Task One_diagnostic_lists_every_unmet_requirement() =>
        Run(
            "namespace Shop.Infrastructure { internal sealed class Ok { } public class {|#0:Leaky|} { public int Count; } }",
            Adrs.WithRules("  - id: infra-shape\n    kind: modifiers\n    types: Shop.Infrastructure.*\n    sealed: true\n    visibility: internal\n    immutable: true"),
            Diagnostic("TL0204", 0, $"[ADR-0007] 'Shop.Infrastructure.Leaky' must be sealed, internal and immutable ('Count' is settable) (rule infra-shape: {Adrs.Title})"));
}

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
}

public sealed class TL0206VocabularyViolationTests
{
    private static readonly string Vocabulary = Adrs.WithRules(
        """
          - id: ubiquitous-language
            kind: vocabulary
            because: We say Customer
            terms:
              - use: Customer
                instead-of: [Client, Buyer]
        """);

    private static string Uses(string name, string synonym) => $"[ADR-0007] '{name}' uses '{synonym}'; say 'Customer' instead (rule ubiquitous-language: We say Customer)";

    [Fact]
    public Task Every_declared_name_kind_but_not_locals() =>
        Run(
            """
            namespace Shop
            {
                public class {|#0:ClientRecord|}<{|#1:TBuyer|}>
                {
                    public int {|#2:ClientId|} { get; set; }
                    private int {|#3:buyerCount|};
                    public event System.Action {|#4:ClientChanged|};
                    public void {|#5:Notify|}Client() { }
                    public void Save(int {|#6:clientId|}) { int client = 0; _ = client; }
                    public int Clientele { get; set; }
                }
                public delegate void {|#7:BuyerHandler|}(int {|#8:buyer|});
            }
            """.Replace("{|#5:Notify|}Client", "{|#5:NotifyClient|}", System.StringComparison.Ordinal),
            Vocabulary,
            Diagnostic("TL0206", 0, Uses("ClientRecord", "Client")),
            Diagnostic("TL0206", 1, Uses("TBuyer", "Buyer")),
            Diagnostic("TL0206", 2, Uses("ClientId", "Client")),
            Diagnostic("TL0206", 3, Uses("buyerCount", "Buyer")),
            Diagnostic("TL0206", 4, Uses("ClientChanged", "Client")),
            Diagnostic("TL0206", 5, Uses("NotifyClient", "Client")),
            Diagnostic("TL0206", 6, Uses("clientId", "Client")),
            Diagnostic("TL0206", 7, Uses("BuyerHandler", "Buyer")),
            Diagnostic("TL0206", 8, Uses("buyer", "Buyer")));
}
