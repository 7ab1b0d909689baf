using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using TechLead.Analyzers.Tests.Infrastructure;
using static TechLead.Analyzers.Tests.Infrastructure.AnalyzerTest;

namespace TechLead.Analyzers.Tests;

/// <summary>
/// A proposed ADR never fails a build (rules/0011). Measured: Microsoft.CodeAnalysis.Testing 1.1.4 does not apply
/// bulk options (<c>dotnet_analyzer_diagnostic.severity</c>) at all, so those are proven by a real dotnet build in
/// TechLead.EndToEnd (BulkSeverityBuildTests); here: the per-rule key and per-ID settings, which it does apply.
/// </summary>
public sealed class BulkSeverityTests
{
    private const string Source = """
        namespace Shop.Infrastructure { public class Db { } }
        namespace Shop.Domain { public class Order { Shop.Infrastructure.{|#0:Db|} db; } }
        """;

    private static readonly string Message = Adrs.Forbidden("Shop.Domain.Order", "Shop.Infrastructure.Db");

    private static readonly string Silent = Source.Replace("{|#0:Db|}", "Db", System.StringComparison.Ordinal);

    private static AnalyzerTest Proposed(string source, string config) =>
        new AnalyzerTest().WithSource(source).WithAdr(Adrs.ForbidDomainToInfrastructure(status: "proposed")).WithGlobalConfig(config);

    [Fact]
    public Task The_per_rule_key_does_not_raise_a_proposed_rule_above_info() =>
        Proposed(Source, "techlead.ADR-0007.domain-no-infra.severity = error\n").Expect(Diagnostic("TL0002", 0, Message, DiagnosticSeverity.Info)).RunAsync();

    [Theory]
    [InlineData("techlead.ADR-0007.domain-no-infra.severity = none")]
    [InlineData("dotnet_diagnostic.TL0002.severity = none")]
    public Task A_proposed_rule_can_still_be_silenced(string config) =>
        Proposed(Silent, config + "\n").RunAsync();
}
