using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using TechLead.Analyzers.Tests.Infrastructure;
using static TechLead.Analyzers.Tests.Infrastructure.AnalyzerTest;

namespace TechLead.Analyzers.Tests;

public sealed class TL9001AdrUnreadableTests
{
    private const string UnclosedBracket = "'[' is never closed; end the list with ']' (e.g. 'from: [Shop.Domain.**, Shop.Api.**]'), or write one '- item' per line without brackets";

    [Fact]
    public Task Yaml_syntax_error_is_reported_inside_the_ADR_file() =>
        new AnalyzerTest()
            .WithSource("namespace Shop { public class A { } }")
            .WithAdr("---\nid: ADR-0001\ntitle: {|#0:[|}unclosed\n---\n# T\n")
            .Expect(Diagnostic("TL9001", 0, UnclosedBracket))
            .RunAsync();

    [Fact]
    public Task Unclosed_bracket_before_the_next_key_is_reported_at_the_bracket_not_as_a_crash() =>
        new AnalyzerTest()
            .WithSource("namespace Shop { public class A { } }")
            .WithAdr(Adrs.WithRules(
                """
                  - id: domain-no-infra
                    kind: forbid
                    from: {|#0:[|}Shop.Domain.**
                    to: Shop.Infrastructure.**
                """))
            .Expect(Diagnostic("TL9001", 0, UnclosedBracket))
            .RunAsync();
}

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

public sealed class TL9005BrokenSupersessionTests
{
    [Fact]
    public Task Superseded_without_superseded_by_is_a_warning_in_the_ADR() =>
        new AnalyzerTest()
            .WithSource("namespace Shop { public class A { } }")
            .WithAdr("---\nid: ADR-0003\nstatus: {|#0:superseded|}\n---\n# Old\n", "/repo/docs/adr/0003-old.md")
            .Expect(new DiagnosticResult("TL9005", DiagnosticSeverity.Warning).WithLocation(0).WithMessage("ADR-0003 is superseded but has no 'superseded-by'; add 'superseded-by: ADR-xxxx' naming the decision that replaces it"))
            .RunAsync();
}

/// <summary>A problem with a rule counts at info in an ADR that is not accepted: a proposed ADR never fails a build (rules/0015).</summary>
public sealed class AdrProblemSeverityTests
{
    private const string Message = "rule 'typo': unknown kind 'forbidd'; did you mean 'forbid'?";

    private static AnalyzerTest WithTypo(string status, string extraFrontMatter = "") =>
        new AnalyzerTest()
            .WithSource("namespace Shop { public class A { } }")
            .WithAdr(Adrs.WithRules("  - id: typo\n    kind: {|#0:forbidd|}\n    from: Shop.Domain.**\n    to: Shop.Infrastructure.**", status: status, extraFrontMatter: extraFrontMatter));

    [Theory]
    [InlineData("proposed")]
    [InlineData("deprecated")]
    [InlineData("rejected")]
    public Task An_invalid_rule_in_an_ADR_that_is_not_accepted_is_info(string status) =>
        WithTypo(status).Expect(Diagnostic("TL9002", 0, Message, DiagnosticSeverity.Info)).RunAsync();

    [Fact]
    public Task An_invalid_rule_in_an_accepted_ADR_is_an_error() =>
        WithTypo("accepted").Expect(Diagnostic("TL9002", 0, Message)).RunAsync();

    /// <summary>Microsoft.CodeAnalysis.Testing applies no bulk options (see BulkSeverityTests): the pin is read off the descriptor.</summary>
    [Theory]
    [InlineData("proposed", DiagnosticSeverity.Info, true)]
    [InlineData("accepted", DiagnosticSeverity.Error, false)]
    public async Task Under_a_bulk_error_option_only_a_problem_kept_at_info_is_pinned(string status, DiagnosticSeverity severity, bool pinned)
    {
        var adr = Adrs.WithRules("  - id: typo\n    kind: forbidd\n    from: Shop.Domain.**\n    to: Shop.Infrastructure.**", status: status);
        var (diagnostics, exceptions) = await DirectRun.RunAsync(
            "namespace Shop { public class A { } }", [(Adrs.DefaultPath, adr)], new Dictionary<string, string> { ["dotnet_analyzer_diagnostic.severity"] = "error" });

        Assert.Empty(exceptions);
        var problem = diagnostics.Single(d => d.Id == "TL9002");
        Assert.Equal((severity, pinned), (problem.Severity, problem.Descriptor.CustomTags.Contains(WellKnownDiagnosticTags.NotConfigurable)));
    }

    [Fact]
    public Task A_duplicate_rule_id_in_a_proposed_ADR_is_info() =>
        new AnalyzerTest()
            .WithSource("namespace Shop { public class A { } }")
            .WithAdr(Adrs.WithRules("  - id: {|#0:same|}\n    kind: forbid\n    from: Shop.Domain.**\n    to: Shop.Infrastructure.**\n  - id: {|#1:same|}\n    kind: forbid\n    from: Shop.Domain.**\n    to: Shop.Web.**", status: "proposed"))
            .Expect(new DiagnosticResult("TL9003", DiagnosticSeverity.Info).WithLocation(1).WithLocation(0).WithMessage("duplicate rule id 'same' in ADR-0007 (first at line 7); rename one of them"))
            .RunAsync();

    [Fact]
    public Task An_invalid_status_keeps_every_problem_at_its_own_severity() =>
        new AnalyzerTest()
            .WithSource("namespace Shop { public class A { } }")
            .WithAdr("---\nid: ADR-0007\nstatus: {|#1:propsed|}\nrules:\n  - id: typo\n    kind: {|#0:forbidd|}\n    from: Shop.Domain.**\n    to: Shop.Infrastructure.**\n---\n# T\n")
            .Expect(
                Diagnostic("TL9002", 1, "status 'propsed' is not valid; did you mean 'proposed'?"),
                Diagnostic("TL9002", 0, Message))
            .RunAsync();
}
