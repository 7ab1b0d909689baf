using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using TechLead.Analyzers.Tests.Infrastructure;
using static TechLead.Analyzers.Tests.Infrastructure.AnalyzerTest;

namespace TechLead.Analyzers.Tests;

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
