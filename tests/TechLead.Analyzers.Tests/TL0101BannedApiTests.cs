using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
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

    private const string Because = " (rule no-clock: Time comes from TimeProvider)";

    private static DiagnosticResult Ban(int markup, string id) => Diagnostic("TL0101", markup, $"[ADR-0006] '{id}' is banned" + Because);

    /// <summary>A library of the kind teams ban pieces of: operators, conversions and the patterns the compiler calls.</summary>
    private const string Money = """
        namespace Lib
        {
            public readonly struct Money
            {
                public Money(decimal amount) { Amount = amount; }
                public decimal Amount { get; }
                public static Money operator +(Money a, Money b) => new Money(a.Amount + b.Amount);
                public static Money operator -(Money a) => new Money(-a.Amount);
                public static Money operator ++(Money a) => new Money(a.Amount + 1);
                public static bool operator true(Money a) => a.Amount != 0;
                public static bool operator false(Money a) => a.Amount == 0;
                public static implicit operator Money(int amount) => new Money(amount);
                public static explicit operator decimal(Money money) => money.Amount;
                public static explicit operator int(Money money) => (int)money.Amount;
                public void Deconstruct(out decimal amount, out string currency) { amount = Amount; currency = "EUR"; }
            }

            public sealed class Ledger : System.Collections.Generic.IEnumerable<Money>
            {
                private readonly System.Collections.Generic.List<Money> items = new System.Collections.Generic.List<Money>();
                public void Add(Money money) => items.Add(money);
                public Money this[int index] => items[index];
                public int Count => items.Count;
                public string Owner { get; set; } = "";
                public System.Collections.Generic.IEnumerator<Money> GetEnumerator() => items.GetEnumerator();
                System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
            }

            public sealed class Delay
            {
                public System.Runtime.CompilerServices.TaskAwaiter GetAwaiter() => System.Threading.Tasks.Task.CompletedTask.GetAwaiter();
            }

            [System.AttributeUsage(System.AttributeTargets.All)]
            public sealed class AuditAttribute : System.Attribute
            {
                public AuditAttribute() { }
                public AuditAttribute(string reason) { Reason = reason; }
                public string Reason { get; set; } = "";
                public int Level { get; set; }
            }
        }
        """;

    private static Task RunWithMoney(string source, string apis, params DiagnosticResult[] expected) =>
        new AnalyzerTest().WithSource(source).WithSource(Money).WithAdr(Banned(apis, scope: "\n    in: Shop.**")).Expect(expected).RunAsync();

    [Fact]
    public Task Library_operator_on_a_framework_type_is_a_use_of_its_method() =>
        Run(
            "namespace Shop { public class Age { System.TimeSpan Of(System.DateTimeOffset a, System.DateTimeOffset b) => a {|#0:-|} b; System.DateTimeOffset Later(System.DateTimeOffset a, System.TimeSpan t) => a + t; } }",
            Banned("      - symbol: M:System.DateTimeOffset.op_Subtraction(System.DateTimeOffset,System.DateTimeOffset)"),
            Ban(0, "M:System.DateTimeOffset.op_Subtraction(System.DateTimeOffset,System.DateTimeOffset)"));

    [Fact]
    public Task Binary_unary_increment_true_false_and_compound_operators() =>
        RunWithMoney(
            """
            namespace Shop
            {
                public class Till
                {
                    public void Ring(Lib.Money a, Lib.Money b)
                    {
                        var sum = a {|#0:+|} b;
                        sum {|#1:+=|} b;
                        var negated = {|#2:-|}a;
                        sum{|#3:++|};
                        if ({|#4:a|}) { }
                    }
                }
            }
            """,
            "      - symbol: M:Lib.Money.op_Addition\n      - symbol: M:Lib.Money.op_UnaryNegation(Lib.Money)\n      - symbol: M:Lib.Money.op_Increment\n      - symbol: M:Lib.Money.op_True",
            Ban(0, "M:Lib.Money.op_Addition"),
            Ban(1, "M:Lib.Money.op_Addition"),
            Ban(2, "M:Lib.Money.op_UnaryNegation(Lib.Money)"),
            Ban(3, "M:Lib.Money.op_Increment"),
            Ban(4, "M:Lib.Money.op_True"));

    [Fact]
    public Task Conversions_implicit_and_explicit_and_a_return_type_picks_one_conversion() =>
        RunWithMoney(
            """
            namespace Shop
            {
                public class Till
                {
                    public decimal Convert(int cents, Lib.Money money)
                    {
                        Lib.Money fromInt = {|#0:cents|};
                        var asInt = (int)money;
                        return {|#1:(decimal)money|};
                    }
                }
            }
            """,
            "      - symbol: M:Lib.Money.op_Implicit(System.Int32)\n      - symbol: M:Lib.Money.op_Explicit(Lib.Money)~System.Decimal",
            Ban(0, "M:Lib.Money.op_Implicit(System.Int32)"),
            Ban(1, "M:Lib.Money.op_Explicit(Lib.Money)~System.Decimal"));

    /// <summary>
    /// The ID of a conversion operator carries its return type: it is valid (no TL9002), and the rule's other
    /// bans stay enforced. int to decimal is a built-in conversion to C#, which calls no operator method.
    /// </summary>
    [Fact]
    public Task Conversion_operator_id_with_return_type_is_valid_and_the_rule_stays_enforced() =>
        Run(
            "namespace Shop { public class Price { decimal Of(int cents) { decimal amount = cents; System.DateTime at = System.DateTime.{|#0:Now|}; return amount; } } }",
            Banned("      - symbol: M:System.Decimal.op_Implicit(System.Int32)~System.Decimal\n      - symbol: P:System.DateTime.Now"),
            Ban(0, "P:System.DateTime.Now"));

    [Fact]
    public Task Foreach_deconstruction_and_positional_patterns_call_their_pattern_methods() =>
        RunWithMoney(
            """
            namespace Shop
            {
                public class Audit
                {
                    public decimal Total(Lib.Ledger ledger, Lib.Money money)
                    {
                        decimal total = 0;
                        foreach (var item in {|#0:ledger|}) { total += item.Amount; }
                        var (amount, currency) = {|#1:money|};
                        if (money is {|#2:(1m, "EUR")|}) { }
                        foreach ({|#3:var (a, c)|} in {|#4:ledger|}) { }
                        return total + amount;
                    }
                }
            }
            """,
            "      - symbol: M:Lib.Ledger.GetEnumerator\n      - symbol: M:Lib.Money.Deconstruct(System.Decimal@,System.String@)",
            Ban(0, "M:Lib.Ledger.GetEnumerator"),
            Ban(1, "M:Lib.Money.Deconstruct(System.Decimal@,System.String@)"),
            Ban(2, "M:Lib.Money.Deconstruct(System.Decimal@,System.String@)"),
            Ban(3, "M:Lib.Money.Deconstruct(System.Decimal@,System.String@)"),
            Ban(4, "M:Lib.Ledger.GetEnumerator"));

    [Fact]
    public Task Await_calls_get_awaiter() =>
        RunWithMoney(
            "namespace Shop { public class Job { public async System.Threading.Tasks.Task Run(Lib.Delay delay) { {|#0:await|} delay; await System.Threading.Tasks.Task.Yield(); } } }",
            "      - symbol: M:Lib.Delay.GetAwaiter",
            Ban(0, "M:Lib.Delay.GetAwaiter"));

    [Fact]
    public Task Collection_object_and_with_initializers_and_indexers() =>
        RunWithMoney(
            """
            namespace Shop
            {
                public record Order(string Note);
                public class Books
                {
                    public Lib.Money Open(Order order)
                    {
                        var ledger = new Lib.Ledger { {|#0:1|}, {|#1:2|} };
                        var named = new Lib.Ledger { {|#2:Owner|} = "me" };
                        var copy = order with { {|#3:Note|} = "x" };
                        var first = {|#4:ledger[0]|};
                        return {|#5:ledger[^1]|};
                    }
                }
            }
            """,
            "      - symbol: M:Lib.Ledger.Add(Lib.Money)\n      - symbol: P:Lib.Ledger.Owner\n      - symbol: P:Shop.Order.Note\n      - symbol: P:Lib.Ledger.Item(System.Int32)",
            Ban(0, "M:Lib.Ledger.Add(Lib.Money)"),
            Ban(1, "M:Lib.Ledger.Add(Lib.Money)"),
            Ban(2, "P:Lib.Ledger.Owner"),
            Ban(3, "P:Shop.Order.Note"),
            Ban(4, "P:Lib.Ledger.Item(System.Int32)"),
            Ban(5, "P:Lib.Ledger.Item(System.Int32)"));

    [Fact]
    public Task Attribute_constructor_and_named_argument() =>
        RunWithMoney(
            """
            namespace Shop
            {
                [Lib.{|#0:Audit|}("legacy", {|#1:Level|} = 2)]
                public class Report
                {
                    [Lib.Audit] public void Run() { }
                }
            }
            """,
            "      - symbol: M:Lib.AuditAttribute.#ctor(System.String)\n      - symbol: P:Lib.AuditAttribute.Level",
            Ban(0, "M:Lib.AuditAttribute.#ctor(System.String)"),
            Ban(1, "P:Lib.AuditAttribute.Level"));

    [Fact]
    public Task Method_group_lambda_local_function_and_overridden_member() =>
        Run(
            """
            namespace Shop
            {
                public class Worker
                {
                    public override string ToString() => "worker";
                    public void Run()
                    {
                        System.Action<string> print = System.Console.{|#0:WriteLine|};
                        System.Func<string> lambda = () => this.{|#1:ToString|}();
                        string Local() => {|#2:ToString|}();
                        print(Local());
                    }
                }
            }
            """,
            Banned("      - symbol: M:System.Console.WriteLine(System.String)\n      - symbol: M:System.Object.ToString"),
            Ban(0, "M:System.Console.WriteLine(System.String)"),
            Ban(1, "M:System.Object.ToString"),
            Ban(2, "M:System.Object.ToString"));

    [Fact]
    public Task Banned_type_through_type_arguments_conversions_and_implicit_arrays() =>
        RunWithMoney(
            """
            namespace Shop
            {
                public class Till
                {
                    private static System.Collections.Generic.List<Lib.{|#0:Money|}> Make() => {|#1:new|}();
                    public int Count() => Make().{|#2:Count|};
                    public static void Take(params Lib.{|#3:Money|}[] items) { }
                    public void Call() => {|#4:Take({|#5:1|}, {|#6:2|})|};
                }
            }
            """,
            "      - symbol: T:Lib.Money",
            Ban(0, "T:Lib.Money"),
            Ban(1, "T:Lib.Money"),
            Ban(2, "T:Lib.Money"),
            Ban(3, "T:Lib.Money"),
            Ban(4, "T:Lib.Money"),
            Ban(5, "T:Lib.Money"),
            Ban(6, "T:Lib.Money"));

    [Fact]
    public Task Query_clauses_extension_methods_and_constructor_initializers() =>
        Run(
            """
            using System.Linq;
            namespace Shop
            {
                public class Base { public Base() { } }
                public class Derived : Base { public Derived() : {|#0:base|}() { } }
                public class Primary() : {|#3:Base|}();
                public class Queries
                {
                    public int[] Evens(int[] items) => (from i in items where i > 0 {|#1:select i * 2|}).ToArray();
                    public System.Collections.Generic.List<int> Listed(int[] items) => items.{|#2:ToList|}();
                }
            }
            """,
            Banned("      - symbol: M:Shop.Base.#ctor\n      - symbol: M:System.Linq.Enumerable.Select\n      - symbol: M:System.Linq.Enumerable.ToList``1(System.Collections.Generic.IEnumerable{``0})"),
            Ban(0, "M:Shop.Base.#ctor"),
            Ban(1, "M:System.Linq.Enumerable.Select"),
            Ban(2, "M:System.Linq.Enumerable.ToList``1(System.Collections.Generic.IEnumerable{``0})"),
            Ban(3, "M:Shop.Base.#ctor"));

    [Fact]
    public Task Operators_are_no_dependencies_of_their_own() =>
        new AnalyzerTest()
            .WithSource(Money)
            .WithSource(
                """
                namespace Other { public static class Prices { public static Lib.Money One() => new Lib.Money(1m); } }
                namespace Shop { public class Till { public object Sum() => Other.Prices.One() + Other.Prices.One(); } }
                """)
            .WithAdr(Adrs.WithRules(
                """
                  - id: shop-not-lib
                    kind: forbid
                    from: Shop.**
                    to: Lib.**
                """))
            .RunAsync();

    [Fact]
    public Task Bans_on_symbols_the_compilation_does_not_have_resolve_to_nothing_and_report_nothing() =>
        Run(
            "namespace Shop { public class Clock { System.DateTime Now() => System.DateTime.Now; } }",
            Banned("      - symbol: T:Nowhere.Legacy\n      - symbol: M:Nowhere.Legacy.Run(System.Int32)~System.String\n      - symbol: N:Nowhere"));
}

