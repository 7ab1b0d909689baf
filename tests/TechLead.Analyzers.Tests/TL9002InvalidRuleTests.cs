using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using TechLead.Analyzers.Tests.Infrastructure;
using static TechLead.Analyzers.Tests.Infrastructure.AnalyzerTest;

namespace TechLead.Analyzers.Tests;

public sealed class TL9002InvalidRuleTests
{
    [Fact]
    public Task Unknown_kind_disables_only_that_rule() =>
        new AnalyzerTest()
            .WithSource("namespace Shop.Infrastructure { public class Db { } } namespace Shop.Domain { public class Order { Shop.Infrastructure.{|#0:Db|} db; } }")
            .WithAdr(Adrs.WithRules(
                """
                  - id: typo
                    kind: {|#1:forbidd|}
                    from: Shop.Domain.**
                    to: Shop.Infrastructure.**
                  - id: domain-no-infra
                    kind: forbid
                    from: Shop.Domain.**
                    to: Shop.Infrastructure.**
                """))
            .Expect(
                Diagnostic("TL0002", 0, Adrs.Forbidden("Shop.Domain.Order", "Shop.Infrastructure.Db")),
                Diagnostic("TL9002", 1, "rule 'typo': unknown kind 'forbidd'; did you mean 'forbid'?"))
            .RunAsync();

    [Fact]
    public Task A_bad_banned_api_entry_is_reported_at_the_entry_and_the_other_bans_are_enforced() =>
        new AnalyzerTest()
            .WithSource("namespace Shop { public class A { System.DateTime M() => System.DateTime.{|#0:Now|}; } }")
            .WithAdr(Adrs.WithRules(
                """
                  - id: no-clock
                    kind: banned-api
                    apis:
                      - symbol: {|#1:'X:System.Console'|}
                      - symbol: P:System.DateTime.Now
                """))
            .Expect(
                Diagnostic("TL0101", 0, $"[ADR-0007] 'P:System.DateTime.Now' is banned (rule no-clock: {Adrs.Title})"),
                Diagnostic("TL9002", 1, "rule 'no-clock': apis: unknown doc-comment ID prefix 'X:' in 'X:System.Console'; use N: (namespace), T: (type), M: (method), P: (property), F: (field) or E: (event)"))
            .RunAsync();
}
