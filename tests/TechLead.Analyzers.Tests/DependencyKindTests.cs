using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using TechLead.Analyzers.Tests.Infrastructure;
using static TechLead.Analyzers.Tests.Infrastructure.AnalyzerTest;

namespace TechLead.Analyzers.Tests;

public sealed class TL0001LayerViolationTests
{
    private static string Layers(string mode) => Adrs.WithRules(
        $"""
          - id: layering
            kind: layers
            mode: {mode}
            because: Outer layers call inner ones only
            layers:
              - name: Api
                types: Shop.Api.**
              - name: Application
                types: Shop.Application.**
              - name: Domain
                types: Shop.Domain.**
        """);

    private const string Source = """
        namespace Shop.Api { public class Program { Shop.Application.Handler h; Shop.Domain.Order o; } }
        namespace Shop.Application { public class Handler { Shop.Domain.Order o; } }
        namespace Shop.Domain { public class Order { Shop.Api.{|#0:Program|} p; Shop.Application.{|#1:Handler|} h; } }
        """;

    [Fact]
    public Task Relaxed_layers_may_use_any_layer_below_but_not_above() =>
        Run(
            Source,
            Layers("relaxed"),
            Diagnostic("TL0001", 0, "[ADR-0007] 'Shop.Domain.Order' (layer Domain) must not depend on 'Shop.Api.Program' (layer Api) (rule layering: Outer layers call inner ones only)"),
            Diagnostic("TL0001", 1, "[ADR-0007] 'Shop.Domain.Order' (layer Domain) must not depend on 'Shop.Application.Handler' (layer Application) (rule layering: Outer layers call inner ones only)"));

    [Fact]
    public Task Strict_layers_may_use_only_the_next_layer() =>
        Run(
            Source.Replace("Shop.Domain.Order o; } }\nnamespace Shop.Application", "Shop.Domain.{|#2:Order|} o; } }\nnamespace Shop.Application", System.StringComparison.Ordinal),
            Layers("strict"),
            Diagnostic("TL0001", 2, "[ADR-0007] 'Shop.Api.Program' (layer Api) must not depend on 'Shop.Domain.Order' (layer Domain) (rule layering: Outer layers call inner ones only)"),
            Diagnostic("TL0001", 0, "[ADR-0007] 'Shop.Domain.Order' (layer Domain) must not depend on 'Shop.Api.Program' (layer Api) (rule layering: Outer layers call inner ones only)"),
            Diagnostic("TL0001", 1, "[ADR-0007] 'Shop.Domain.Order' (layer Domain) must not depend on 'Shop.Application.Handler' (layer Application) (rule layering: Outer layers call inner ones only)"));
}

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

public sealed class TL0004ModuleIndependenceViolatedTests
{
    [Fact]
    public Task Modules_must_not_depend_on_each_other() =>
        Run(
            """
            namespace Shop.Orders { public class OrderService { Shop.Billing.{|#0:Invoice|} invoice; Shop.Shared.Id id; } }
            namespace Shop.Billing { public class Invoice { } }
            namespace Shop.Shared { public class Id { } }
            """,
            Adrs.WithRules(
                """
                  - id: modules-independent
                    kind: independent
                    modules:
                      - name: Orders
                        types: Shop.Orders.**
                      - name: Billing
                        types: Shop.Billing.**
                """),
            Diagnostic("TL0004", 0, $"[ADR-0007] 'Shop.Orders.OrderService' (module Orders) must not depend on 'Shop.Billing.Invoice' (module Billing) (rule modules-independent: {Adrs.Title})"));
}

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
