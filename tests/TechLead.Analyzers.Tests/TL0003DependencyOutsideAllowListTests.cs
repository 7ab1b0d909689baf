using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using TechLead.Analyzers.Tests.Infrastructure;
using static TechLead.Analyzers.Tests.Infrastructure.AnalyzerTest;

namespace TechLead.Analyzers.Tests;

public sealed class TL0003DependencyOutsideAllowListTests
{
    [Fact]
    public Task Only_allowed_types_itself_and_System_may_be_used() =>
        Run(
            """
            namespace Shop.Infrastructure { public class Db { } }
            namespace Shop.Domain.Values { public class Money { } }
            namespace Shop.Domain { public class Order { string name; System.Collections.Generic.List<Shop.Domain.Values.Money> m; Order self; Shop.Infrastructure.{|#0:Db|} db; } }
            """,
            Adrs.WithRules(
                """
                  - id: domain-allow-list
                    kind: allow-only
                    from: Shop.Domain.*
                    to: Shop.Domain.Values.**
                """),
            Diagnostic("TL0003", 0, $"[ADR-0007] 'Shop.Domain.Order' may only depend on allowed types, not on 'Shop.Infrastructure.Db' (rule domain-allow-list: {Adrs.Title})"));
}
