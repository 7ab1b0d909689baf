using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using TechLead.Analyzers.Tests.Infrastructure;
using static TechLead.Analyzers.Tests.Infrastructure.AnalyzerTest;

namespace TechLead.Analyzers.Tests;

public sealed class TL0101BannedApiTests
{
    private static string Banned(string apis, string scope = "") => Adrs.WithRules(
        $"""
          - id: no-clock
            kind: banned-api
            because: Time comes from TimeProvider{scope}
            apis:
        {apis}
        """,
        id: "ADR-0006");

    [Fact]
    public Task Banned_property_with_use_instead_and_its_own_because() =>
        Run(
            "namespace Shop { public class Clock { System.DateTime Now() => System.DateTime.{|#0:Now|}; System.DateTime Utc() => System.DateTime.UtcNow; } }",
            Banned("      - symbol: P:System.DateTime.Now\n        use-instead: M:System.TimeProvider.GetUtcNow\n        because: Local time is ambiguous"),
            Diagnostic("TL0101", 0, "[ADR-0006] 'P:System.DateTime.Now' is banned; use 'M:System.TimeProvider.GetUtcNow' instead (rule no-clock: Local time is ambiguous)"));

    [Fact]
    public Task Banned_type_is_reported_at_each_written_reference_and_for_unwritten_member_uses() =>
        Run(
            """
            using static {|#2:System.Console|};
            namespace Shop { public class Cli { void M() { System.{|#0:Console|}.WriteLine(); {|#1:WriteLine|}(); } } }
            """,
            Banned("      - symbol: T:System.Console"),
            Diagnostic("TL0101", 0, "[ADR-0006] 'T:System.Console' is banned (rule no-clock: Time comes from TimeProvider)"),
            Diagnostic("TL0101", 1, "[ADR-0006] 'T:System.Console' is banned (rule no-clock: Time comes from TimeProvider)"),
            Diagnostic("TL0101", 2, "[ADR-0006] 'T:System.Console' is banned (rule no-clock: Time comes from TimeProvider)"));

    [Fact]
    public Task Method_without_parameters_bans_every_overload_and_a_parameter_list_bans_one() =>
        Run(
            "namespace Shop { public class Io { void M() { System.IO.File.{|#0:ReadAllText|}(\"a\"); System.IO.File.{|#1:ReadAllText|}(\"a\", System.Text.Encoding.UTF8); System.Math.{|#2:Max|}(1, 2); System.Math.Max(1L, 2L); } } }",
            Banned("      - symbol: M:System.IO.File.ReadAllText\n      - symbol: M:System.Math.Max(System.Int32,System.Int32)"),
            Diagnostic("TL0101", 0, "[ADR-0006] 'M:System.IO.File.ReadAllText' is banned (rule no-clock: Time comes from TimeProvider)"),
            Diagnostic("TL0101", 1, "[ADR-0006] 'M:System.IO.File.ReadAllText' is banned (rule no-clock: Time comes from TimeProvider)"),
            Diagnostic("TL0101", 2, "[ADR-0006] 'M:System.Math.Max(System.Int32,System.Int32)' is banned (rule no-clock: Time comes from TimeProvider)"));

    [Fact]
    public Task Banned_namespace_flags_its_using_directives_and_type_references() =>
        Run(
            """
            using {|#0:System.Net|};
            using {|#1:System.Net.Http|};
            namespace Shop { public class Client { System.Net.Http.{|#2:HttpClient|} http; System.Uri uri; } }
            """,
            Banned("      - symbol: N:System.Net"),
            Diagnostic("TL0101", 0, "[ADR-0006] 'N:System.Net' is banned (rule no-clock: Time comes from TimeProvider)"),
            Diagnostic("TL0101", 1, "[ADR-0006] 'N:System.Net' is banned (rule no-clock: Time comes from TimeProvider)"),
            Diagnostic("TL0101", 2, "[ADR-0006] 'N:System.Net' is banned (rule no-clock: Time comes from TimeProvider)"));

    [Fact]
    public Task In_selector_limits_where_the_ban_applies_and_api_severity_wins() =>
        Run(
            """
            namespace Shop.Domain { public class Order { System.DateTime At() => System.DateTime.{|#0:Now|}; } }
            namespace Shop.Api { public class Program { System.DateTime At() => System.DateTime.Now; } }
            """,
            Banned("      - symbol: P:System.DateTime.Now\n        severity: warning", scope: "\n    in: Shop.Domain.**"),
            Diagnostic("TL0101", 0, "[ADR-0006] 'P:System.DateTime.Now' is banned (rule no-clock: Time comes from TimeProvider)", DiagnosticSeverity.Warning));

    [Fact]
    public Task Banned_event_field_and_constructor() =>
        Run(
            "namespace Shop { public class C { void M() { System.AppDomain.CurrentDomain.{|#0:ProcessExit|} += (s, e) => { }; _ = string.{|#1:Empty|}; _ = new {|#2:System.Random|}(); } } }",
            Banned("      - symbol: E:System.AppDomain.ProcessExit\n      - symbol: F:System.String.Empty\n      - symbol: M:System.Random.#ctor"),
            Diagnostic("TL0101", 0, "[ADR-0006] 'E:System.AppDomain.ProcessExit' is banned (rule no-clock: Time comes from TimeProvider)"),
            Diagnostic("TL0101", 1, "[ADR-0006] 'F:System.String.Empty' is banned (rule no-clock: Time comes from TimeProvider)"),
            Diagnostic("TL0101", 2, "[ADR-0006] 'M:System.Random.#ctor' is banned (rule no-clock: Time comes from TimeProvider)"));
}
