using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using TechLead.Analyzers.Tests.Infrastructure;
using static TechLead.Analyzers.Tests.Infrastructure.AnalyzerTest;

namespace TechLead.Analyzers.Tests;

/// <summary>Baselined violations are hidden until they expire; TL9004 reports entries that over-count.</summary>
public sealed class TL9004StaleBaselineEntryTests
{
    private const string BaselinePath = "/repo/techlead.baseline.json";

    private const string Source = """
        namespace Shop.Infrastructure { public class Db { } }
        namespace Shop.Domain { public class Order { Shop.Infrastructure.{|#0:Db|} db; } }
        """;

    private static string Baseline(string entry) => "{ \"version\": 1, \"entries\": [\n  " + entry + "\n] }\n";

    private static AnalyzerTest Test(string source, string baseline)
    {
        var test = new AnalyzerTest().WithSource(source).WithAdr(Adrs.ForbidDomainToInfrastructure());
        test.TestState.AdditionalFiles.Add((BaselinePath, baseline));
        return test;
    }

    private static string Unmarked(string source) => source.Replace("{|#0:Db|}", "Db", System.StringComparison.Ordinal);

    [Fact]
    public Task Baselined_violation_is_not_reported() =>
        Test(Unmarked(Source), Baseline("""{ "adr": "ADR-0007", "rule": "domain-no-infra", "from": "T:Shop.Domain.Order", "to": "T:Shop.Infrastructure.Db", "count": 1 }""")).RunAsync();

    [Fact]
    public Task Expired_entry_hides_nothing() =>
        Test(Source, Baseline("""{ "adr": "ADR-0007", "rule": "domain-no-infra", "from": "T:Shop.Domain.Order", "to": "T:Shop.Infrastructure.Db", "count": 1, "expires": "2001-01-31" }"""))
            .Expect(Diagnostic("TL0002", 0, Adrs.Forbidden("Shop.Domain.Order", "Shop.Infrastructure.Db")))
            .RunAsync();

    [Fact]
    public Task Entry_counting_more_than_remains_is_stale() =>
        Test(Unmarked(Source), Baseline("""{|#1:{ "adr": "ADR-0007", "rule": "domain-no-infra", "from": "T:Shop.Domain.Order", "to": "T:Shop.Infrastructure.Db", "count": 3|} }"""))
            .Expect(new DiagnosticResult("TL9004", DiagnosticSeverity.Warning).WithLocation(1)
                .WithMessage("baseline entry ADR-0007/domain-no-infra 'T:Shop.Domain.Order' -> 'T:Shop.Infrastructure.Db' (count 3) now matches 1 violation(s), fewer than its count: remove it or run 'techlead baseline update'"))
            .RunAsync();

    [Fact]
    public Task Entry_whose_from_type_lives_in_another_project_is_left_to_that_project() =>
        Test(Source, Baseline("""{ "adr": "ADR-0007", "rule": "domain-no-infra", "from": "T:Shop.Elsewhere.Order", "to": "T:Shop.Infrastructure.Db", "count": 1 }"""))
            .Expect(Diagnostic("TL0002", 0, Adrs.Forbidden("Shop.Domain.Order", "Shop.Infrastructure.Db")))
            .RunAsync();
}
