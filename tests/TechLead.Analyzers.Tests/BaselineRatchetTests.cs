using System.Threading.Tasks;
using TechLead.Analyzers.Tests.Infrastructure;
using static TechLead.Analyzers.Tests.Infrastructure.AnalyzerTest;

namespace TechLead.Analyzers.Tests;

/// <summary>
/// The baseline ratchets (docs/adr-format.md#baseline, rules/0010): an entry hides at most <c>count</c> violations of its key; in
/// source order (file path, then position) the first <c>count</c> stay hidden and the others are reported.
/// </summary>
public sealed class BaselineRatchetTests
{
    private const string BaselinePath = "/repo/techlead.baseline.json";

    private static string Baseline(string adr, string rule, string from, string to, int count) =>
        $$"""
        { "version": 1, "entries": [
          { "adr": "{{adr}}", "rule": "{{rule}}", "from": "{{from}}", "to": "{{to}}", "count": {{count}} }
        ] }
        """;

    private static string DomainBaseline(int count) => Baseline("ADR-0007", "domain-no-infra", "T:Shop.Domain.Order", "T:Shop.Infrastructure.Db", count);

    private static AnalyzerTest Test(string adr, string baseline, params string[] sources)
    {
        var test = new AnalyzerTest().WithAdr(adr);
        foreach (var source in sources)
        {
            test.WithSource(source);
        }

        test.TestState.AdditionalFiles.Add((BaselinePath, baseline));
        return test;
    }

    [Fact]
    public Task A_second_DateTime_Now_in_a_baselined_type_fails_at_the_second_use()
    {
        var adr = Adrs.WithRules(
            """
              - id: no-clock
                kind: banned-api
                because: Time comes from TimeProvider
                apis:
                  - symbol: P:System.DateTime.Now
            """,
            id: "ADR-0006");
        const string source = """
            namespace Shop
            {
                public class Clock
                {
                    System.DateTime Old() => System.DateTime.Now;
                    System.DateTime New() => System.DateTime.{|#0:Now|};
                }
            }
            """;

        return Test(adr, Baseline("ADR-0006", "no-clock", "T:Shop.Clock", "P:System.DateTime.Now", 1), source)
            .Expect(Diagnostic("TL0101", 0, "[ADR-0006] 'P:System.DateTime.Now' is banned (rule no-clock: Time comes from TimeProvider); baseline allows 1 of 2 found"))
            .RunAsync();
    }

    [Fact]
    public Task Beyond_count_only_the_later_violations_are_reported() =>
        Test(
            Adrs.ForbidDomainToInfrastructure(),
            DomainBaseline(2),
            """
            namespace Shop.Infrastructure { public class Db { public static void Save() { } } }
            namespace Shop.Domain
            {
                public class Order
                {
                    Shop.Infrastructure.Db first;
                    Shop.Infrastructure.Db second;
                    Shop.Infrastructure.{|#0:Db|} third;
                    void Store() => Shop.Infrastructure.{|#1:Db|}.Save();
                }
            }
            """)
            .Expect(
                Diagnostic("TL0002", 0, Adrs.Forbidden("Shop.Domain.Order", "Shop.Infrastructure.Db") + "; baseline allows 2 of 4 found"),
                Diagnostic("TL0002", 1, Adrs.Forbidden("Shop.Domain.Order", "Shop.Infrastructure.Db") + "; baseline allows 2 of 4 found"))
            .RunAsync();

    [Fact]
    public Task Exactly_count_violations_are_all_hidden() =>
        Test(
            Adrs.ForbidDomainToInfrastructure(),
            DomainBaseline(2),
            """
            namespace Shop.Infrastructure { public class Db { } }
            namespace Shop.Domain { public class Order { Shop.Infrastructure.Db first; Shop.Infrastructure.Db second; } }
            """)
            .RunAsync();

    [Fact]
    public Task Across_files_the_file_path_decides_before_the_position()
    {
        // /0/Test0.cs sorts before /0/Test1.cs, so its violation stays hidden although it comes later in its file.
        const string first = """
            namespace Shop.Domain
            {


                public partial class Order { Shop.Infrastructure.Db hidden; }
            }
            """;
        const string second = """
            namespace Shop.Infrastructure { public class Db { } }
            namespace Shop.Domain { public partial class Order { Shop.Infrastructure.{|#0:Db|} reported; } }
            """;

        return Test(Adrs.ForbidDomainToInfrastructure(), DomainBaseline(1), first, second)
            .Expect(Diagnostic("TL0002", 0, Adrs.Forbidden("Shop.Domain.Order", "Shop.Infrastructure.Db") + "; baseline allows 1 of 2 found"))
            .RunAsync();
    }

    [Fact]
    public Task Other_keys_are_not_covered_by_an_entry_of_the_same_type() =>
        Test(
            Adrs.ForbidDomainToInfrastructure(),
            DomainBaseline(1),
            """
            namespace Shop.Infrastructure { public class Db { } public class Cache { } }
            namespace Shop.Domain { public class Order { Shop.Infrastructure.Db db; Shop.Infrastructure.{|#0:Cache|} cache; } }
            """)
            .Expect(Diagnostic("TL0002", 0, Adrs.Forbidden("Shop.Domain.Order", "Shop.Infrastructure.Cache")))
            .RunAsync();
}
