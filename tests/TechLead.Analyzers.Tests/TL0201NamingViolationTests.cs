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
