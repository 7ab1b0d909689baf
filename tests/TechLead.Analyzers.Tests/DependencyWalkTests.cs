using System.Threading.Tasks;
using TechLead.Analyzers.Tests.Infrastructure;
using static TechLead.Analyzers.Tests.Infrastructure.AnalyzerTest;

namespace TechLead.Analyzers.Tests;

/// <summary>
/// The walk that finds written type names skips the members of a type no dependency rule selects (rules/0071), and
/// still judges the types nested in it, which rules select by their own names.
/// </summary>
public sealed class DependencyWalkTests
{
    private static readonly string Adr = Adrs.WithRules(
        """
          - id: handlers-no-infra
            kind: forbid
            from: { name: Handler }
            to: Shop.Infrastructure.**
        """);

    [Fact]
    public Task A_type_nested_in_an_unselected_type_is_judged_by_its_own_rules() =>
        Run(
            """
            namespace Shop.Infrastructure { public class Db { } }
            namespace Shop.Web
            {
                public class Page
                {
                    private Shop.Infrastructure.Db db;

                    public class Handler { private Shop.Infrastructure.{|#0:Db|} db; }

                    public class Other { private Shop.Infrastructure.Db db; }
                }
            }
            """,
            Adr,
            Diagnostic("TL0002", 0, "[ADR-0007] 'Shop.Web.Page.Handler' must not depend on 'Shop.Infrastructure.Db' (rule handlers-no-infra: Domain stays persistence-ignorant)"));
}
