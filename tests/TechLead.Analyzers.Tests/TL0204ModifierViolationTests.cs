using System.Threading.Tasks;
using TechLead.Analyzers.Tests.Infrastructure;
using static TechLead.Analyzers.Tests.Infrastructure.AnalyzerTest;

namespace TechLead.Analyzers.Tests;

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

    [Fact]
    public Task Nested_false_flags_types_declared_inside_another_type_at_any_depth() =>
        Run(
            """
            namespace Shop.Domain
            {
                public sealed class Order
                {
                    public sealed record {|#0:Line|}(int Quantity)
                    {
                        private enum {|#1:State|} { Open }
                    }

                    private interface {|#2:IPricing|} { }
                }

                public sealed class Customer<TId> { public sealed class {|#3:Address|} { } }

                public enum Status { Open }
            }

            public sealed class GlobalHelper { }
            """,
            Adrs.WithRules("  - id: no-nested\n    kind: modifiers\n    types: { namespace: Shop.Domain }\n    nested: false"),
            Diagnostic("TL0204", 0, $"[ADR-0007] 'Shop.Domain.Order.Line' must be top-level (rule no-nested: {Adrs.Title})"),
            Diagnostic("TL0204", 1, $"[ADR-0007] 'Shop.Domain.Order.Line.State' must be top-level (rule no-nested: {Adrs.Title})"),
            Diagnostic("TL0204", 2, $"[ADR-0007] 'Shop.Domain.Order.IPricing' must be top-level (rule no-nested: {Adrs.Title})"),
            Diagnostic("TL0204", 3, $"[ADR-0007] 'Shop.Domain.Customer`1.Address' must be top-level (rule no-nested: {Adrs.Title})"));
}
