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
