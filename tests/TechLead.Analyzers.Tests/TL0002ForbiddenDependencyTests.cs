using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using TechLead.Analyzers.Tests.Infrastructure;
using static TechLead.Analyzers.Tests.Infrastructure.AnalyzerTest;

namespace TechLead.Analyzers.Tests;

public sealed class TL0002ForbiddenDependencyTests
{
    private const string Source = """
        namespace Shop.Infrastructure { public class Db { } }
        namespace Shop.Domain { public class Order { Shop.Infrastructure.{|#0:Db|} db; } }
        """;

    private static readonly string Message = Adrs.Forbidden("Shop.Domain.Order", "Shop.Infrastructure.Db");

    [Fact]
    public Task Accepted_rule_reports_an_error_with_the_ADR_title_as_reason() =>
        Run(Source, Adrs.ForbidDomainToInfrastructure(), Diagnostic("TL0002", 0, Message));

    [Fact]
    public Task Because_replaces_the_title_in_the_message() =>
        Run(
            Source,
            Adrs.ForbidDomainToInfrastructure(extra: "\n    because: Persistence belongs to Infrastructure"),
            Diagnostic("TL0002", 0, "[ADR-0007] 'Shop.Domain.Order' must not depend on 'Shop.Infrastructure.Db' (rule domain-no-infra: Persistence belongs to Infrastructure)"));

    [Fact]
    public Task Rule_severity_is_used_for_an_accepted_ADR() =>
        Run(Source, Adrs.ForbidDomainToInfrastructure(extra: "\n    severity: warning"), Diagnostic("TL0002", 0, Message, DiagnosticSeverity.Warning));

    [Fact]
    public Task Proposed_ADR_reports_info_whatever_the_rule_says() =>
        Run(Source, Adrs.ForbidDomainToInfrastructure(status: "proposed", extra: "\n    severity: error"), Diagnostic("TL0002", 0, Message, DiagnosticSeverity.Info));

    [Theory]
    [InlineData("deprecated")]
    [InlineData("rejected")]
    public Task Retired_ADR_is_not_evaluated(string status) =>
        Run(Source.Replace("{|#0:Db|}", "Db", System.StringComparison.Ordinal), Adrs.ForbidDomainToInfrastructure(status: status));

    [Theory]
    [InlineData("warning", DiagnosticSeverity.Warning)]
    [InlineData("suggestion", DiagnosticSeverity.Info)]
    [InlineData("error", DiagnosticSeverity.Error)]
    public Task Per_rule_severity_override_from_analyzer_config(string value, DiagnosticSeverity expected) =>
        new AnalyzerTest().WithSource(Source).WithAdr(Adrs.ForbidDomainToInfrastructure())
            .WithGlobalConfig($"techlead.ADR-0007.domain-no-infra.severity = {value}\n")
            .Expect(Diagnostic("TL0002", 0, Message, expected))
            .RunAsync();

    [Fact]
    public Task Per_rule_severity_none_silences_the_rule() =>
        new AnalyzerTest().WithSource(Source.Replace("{|#0:Db|}", "Db", System.StringComparison.Ordinal)).WithAdr(Adrs.ForbidDomainToInfrastructure())
            .WithGlobalConfig("techlead.ADR-0007.domain-no-infra.severity = none\n")
            .RunAsync();

    [Fact]
    public Task Dotnet_diagnostic_severity_applies_as_for_any_analyzer() =>
        new AnalyzerTest().WithSource(Source).WithAdr(Adrs.ForbidDomainToInfrastructure())
            .WithGlobalConfig("dotnet_diagnostic.TL0002.severity = warning\n")
            .Expect(Diagnostic("TL0002", 0, Message, DiagnosticSeverity.Warning))
            .RunAsync();

    [Fact]
    public Task Without_ADR_files_nothing_is_reported() =>
        new AnalyzerTest().WithSource(Source.Replace("{|#0:Db|}", "Db", System.StringComparison.Ordinal)).RunAsync();
}
