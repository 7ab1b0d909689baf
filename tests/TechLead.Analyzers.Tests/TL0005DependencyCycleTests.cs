using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using TechLead.Analyzers.Tests.Infrastructure;
using static TechLead.Analyzers.Tests.Infrastructure.AnalyzerTest;

namespace TechLead.Analyzers.Tests;

public sealed class TL0005DependencyCycleTests
{
    private static readonly string Acyclic = Adrs.WithRules(
        """
          - id: no-cycles
            kind: acyclic
            slices: Shop.Modules.{slice}.**
        """);

    [Fact]
    public Task A_cycle_is_reported_once_at_the_reference_that_closes_it() =>
        Run(
            """
            namespace Shop.Modules.Billing { public class X { Shop.Modules.Orders.Y y; } }
            namespace Shop.Modules.Orders { public class Y { Shop.Modules.Billing.{|#0:X|} x; Shop.Modules.Billing.X again; } }
            """,
            Acyclic,
            Diagnostic("TL0005", 0, $"[ADR-0007] 'Shop.Modules.Orders.Y' depends on 'Shop.Modules.Billing.X', closing the cycle Billing -> Orders -> Billing (rule no-cycles: {Adrs.Title})"));

    [Fact]
    public Task One_way_dependencies_are_not_cycles() =>
        Run(
            """
            namespace Shop.Modules.Billing { public class X { Shop.Modules.Orders.Y y; } }
            namespace Shop.Modules.Orders { public class Y { } }
            """,
            Acyclic);
}
