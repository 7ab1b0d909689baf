using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using TechLead.Analyzers.Tests.Infrastructure;
using static TechLead.Analyzers.Tests.Infrastructure.AnalyzerTest;

namespace TechLead.Analyzers.Tests;

public sealed class TL0004ModuleIndependenceViolatedTests
{
    [Fact]
    public Task Modules_must_not_depend_on_each_other() =>
        Run(
            """
            namespace Shop.Orders { public class OrderService { Shop.Billing.{|#0:Invoice|} invoice; Shop.Shared.Id id; } }
            namespace Shop.Billing { public class Invoice { } }
            namespace Shop.Shared { public class Id { } }
            """,
            Adrs.WithRules(
                """
                  - id: modules-independent
                    kind: independent
                    modules:
                      - name: Orders
                        types: Shop.Orders.**
                      - name: Billing
                        types: Shop.Billing.**
                """),
            Diagnostic("TL0004", 0, $"[ADR-0007] 'Shop.Orders.OrderService' (module Orders) must not depend on 'Shop.Billing.Invoice' (module Billing) (rule modules-independent: {Adrs.Title})"));
}
