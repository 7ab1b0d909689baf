using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using TechLead.Analyzers.Tests.Infrastructure;
using static TechLead.Analyzers.Tests.Infrastructure.AnalyzerTest;

namespace TechLead.Analyzers.Tests;

public sealed class TL9003DuplicateIdTests
{
    [Fact]
    public Task Duplicate_ADR_id_points_at_both_files() =>
        new AnalyzerTest()
            .WithSource("namespace Shop { public class A { } }")
            .WithAdr("---\nid: {|#0:ADR-0007|}\nstatus: accepted\n---\n# First\n", "/repo/docs/adr/0007-a.md")
            .WithAdr("---\nid: {|#1:ADR-0007|}\nstatus: accepted\n---\n# Second\n", "/repo/docs/adr/0007-b.md")
            .Expect(new DiagnosticResult("TL9003", DiagnosticSeverity.Error).WithLocation(1).WithLocation(0).WithMessage("duplicate ADR id 'ADR-0007' (also in /repo/docs/adr/0007-a.md); give each ADR its own id, e.g. the next free number"))
            .RunAsync();

    [Fact]
    public Task Duplicate_rule_id_points_at_the_first_rule() =>
        new AnalyzerTest()
            .WithSource("namespace Shop { public class A { } }")
            .WithAdr(Adrs.WithRules(
                """
                  - id: {|#0:same|}
                    kind: placement
                    types: Shop.X.*
                    namespace: Shop.X
                  - id: {|#1:same|}
                    kind: placement
                    types: Shop.Y.*
                    namespace: Shop.Y
                """))
            .Expect(new DiagnosticResult("TL9003", DiagnosticSeverity.Error).WithLocation(1).WithLocation(0).WithMessage("duplicate rule id 'same' in ADR-0007 (first at line 7); rename one of them"))
            .RunAsync();

    [Fact]
    public Task A_rule_with_an_unknown_kind_takes_part_in_the_duplicate_id_check() =>
        new AnalyzerTest()
            .WithSource("namespace Shop { public class A { } }")
            .WithAdr(Adrs.WithRules(
                """
                  - id: {|#0:same|}
                    kind: {|#2:placment|}
                  - id: {|#1:same|}
                    kind: placement
                    types: Shop.Y.*
                    namespace: Shop.Y
                """))
            .Expect(
                Diagnostic("TL9002", 2, "rule 'same': unknown kind 'placment'; did you mean 'placement'?"),
                new DiagnosticResult("TL9003", DiagnosticSeverity.Error).WithLocation(1).WithLocation(0).WithMessage("duplicate rule id 'same' in ADR-0007 (first at line 7); rename one of them"))
            .RunAsync();
}
