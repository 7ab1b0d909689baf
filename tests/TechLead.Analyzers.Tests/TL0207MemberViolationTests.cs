using System.Threading.Tasks;
using TechLead.Analyzers.Tests.Infrastructure;
using static TechLead.Analyzers.Tests.Infrastructure.AnalyzerTest;

namespace TechLead.Analyzers.Tests;

public sealed class TL0207MemberViolationTests
{
    private static string Rule(string body) => Adrs.WithRules("  - id: r\n    kind: members\n    " + body.Replace("\n", "\n    ", System.StringComparison.Ordinal) + "\n");

    private static string Message(string body) => $"[ADR-0007] {body} (rule r: {Adrs.Title})";

    [Fact]
    public Task Getters_must_return_a_value_at_the_method_identifier_overloads_each() =>
        Run(
            """
            namespace Shop.Domain
            {
                public class Order
                {
                    public void {|#0:GetTotal|}() { }
                    public void {|#1:GetTotal|}(int currency) { }
                    public decimal GetTax() => 0m;
                    public void Save() { }
                }
            }
            namespace Shop.Api { public class Endpoint { public void GetPage() { } } }
            """,
            Rule("members: { kind: method, name: 'Get*', types: Shop.Domain.** }\nreturns-not: void"),
            Diagnostic("TL0207", 0, Message("method 'Shop.Domain.Order.GetTotal' must not return 'System.Void'")),
            Diagnostic("TL0207", 1, Message("method 'Shop.Domain.Order.GetTotal' must not return 'System.Void'")));

    [Fact]
    public Task Async_methods_end_in_Async_including_async_iterators_not_lambdas_or_local_functions() =>
        Run(
            """
            using System.Collections.Generic;
            using System.Threading.Tasks;
            namespace Shop
            {
                public class Loader
                {
                    public async Task {|#0:Load|}() { await Task.Yield(); System.Func<Task> f = async () => await Task.Yield(); async Task Local() => await Task.Yield(); await Local(); }
                    public async Task<int> CountAsync() { await Task.Yield(); return 1; }
                    public async IAsyncEnumerable<int> {|#1:Stream|}() { await Task.Yield(); yield return 1; }
                    public Task NotAsync() => Task.CompletedTask;
                    public IEnumerable<int> Items() { yield return 1; }
                }
            }
            """,
            Rule("members: { kind: method, async: true }\npattern: 'Async$'"),
            Diagnostic("TL0207", 0, Message("method 'Shop.Loader.Load' must match the naming pattern 'Async$'")),
            Diagnostic("TL0207", 1, Message("method 'Shop.Loader.Stream' must match the naming pattern 'Async$'")));

    [Fact]
    public Task Is_and_Has_return_bool_for_methods_and_properties_awaited_too() =>
        Run(
            """
            using System.Threading.Tasks;
            namespace Shop
            {
                public class Customer
                {
                    public int {|#0:IsActive|}() => 1;
                    public string {|#1:HasOrders|} { get; set; }
                    public bool IsBlocked() => false;
                    public bool HasDebt { get; }
                    public Task<bool> IsVipAsync() => Task.FromResult(true);
                    public int Issue() => 0;
                }
            }
            """,
            Rule("members: { kind: [method, property], name-matches: '^(Is|Has)[A-Z]' }\nreturns: bool"),
            Diagnostic("TL0207", 0, Message("method 'Shop.Customer.IsActive' must return 'bool', not 'System.Int32'")),
            Diagnostic("TL0207", 1, Message("property 'Shop.Customer.HasOrders' must be of type 'bool', not 'System.String'")));

    [Fact]
    public Task Compiler_generated_members_overrides_and_explicit_implementations_are_never_selected() =>
        Run(
            """
            namespace Shop
            {
                public interface INamed { string {|#6:Name|} { get; } void {|#5:Rename|}(); event System.Action {|#7:Changed|}; }
                public record {|#8:Money|}(decimal {|#0:Amount|}) { public decimal {|#1:Cents|} { get; init; } }
                public record struct {|#9:Point|}(int {|#2:X|});
                public class Named : INamed
                {
                    string INamed.Name => "";
                    void INamed.Rename() { }
                    event System.Action INamed.Changed { add { } remove { } }
                    public override string ToString() => "";
                    public event System.Action {|#3:Moved|};
                    public int {|#4:Size|} { get; set; }
                    public static Named operator +(Named a, Named b) => a;
                }
            }
            """,
            Rule("members: { types: Shop.** }\npattern: '^[a-z]'"),
            Diagnostic("TL0207", 0, Message("property 'Shop.Money.Amount' must match the naming pattern '^[a-z]'")),
            Diagnostic("TL0207", 1, Message("property 'Shop.Money.Cents' must match the naming pattern '^[a-z]'")),
            Diagnostic("TL0207", 2, Message("property 'Shop.Point.X' must match the naming pattern '^[a-z]'")),
            Diagnostic("TL0207", 3, Message("event 'Shop.Named.Moved' must match the naming pattern '^[a-z]'")),
            Diagnostic("TL0207", 4, Message("property 'Shop.Named.Size' must match the naming pattern '^[a-z]'")),
            Diagnostic("TL0207", 5, Message("method 'Shop.INamed.Rename' must match the naming pattern '^[a-z]'")),
            Diagnostic("TL0207", 6, Message("property 'Shop.INamed.Name' must match the naming pattern '^[a-z]'")),
            Diagnostic("TL0207", 7, Message("event 'Shop.INamed.Changed' must match the naming pattern '^[a-z]'")),
            Diagnostic("TL0207", 8, Message("constructor 'Shop.Money' must match the naming pattern '^[a-z]'")),
            Diagnostic("TL0207", 9, Message("constructor 'Shop.Point' must match the naming pattern '^[a-z]'")));

    [Fact]
    public Task Constructors_written_by_the_user_only_at_the_type_name() =>
        Run(
            """
            namespace Shop.Domain
            {
                public class Order { public {|#0:Order|}(int id) { } private Order() { } }
                public class Implicit { }
                public record {|#1:Line|}(int Quantity);
                public class Counter { static Counter() { } }
            }
            """,
            Rule("members: { kind: constructor, types: Shop.Domain.**, static: false }\nvisibility: [private, protected, internal]"),
            Diagnostic("TL0207", 0, Message("constructor 'Shop.Domain.Order' must be private, protected or internal, not public")),
            Diagnostic("TL0207", 1, Message("constructor 'Shop.Domain.Line' must be private, protected or internal, not public")));

    [Fact]
    public Task No_public_instance_fields_and_no_public_setters() =>
        Run(
            """
            namespace Shop.Domain
            {
                public class Order
                {
                    public int {|#0:Count|};
                    public const int Max = 3;
                    public static readonly Order Empty = new();
                    private int hidden;
                    public int {|#1:Total|} { get; set; }
                    public int Lines { get; private set; }
                    public int Id { get; init; }
                    public int Hidden => hidden;
                }
            }
            """,
            Adrs.WithRules(
                """
                  - id: no-public-fields
                    kind: members
                    members: { kind: field, visibility: public, static: false }
                    allowed: false
                  - id: private-setters
                    kind: members
                    members: { kind: property, types: Shop.Domain.** }
                    public-setter: false
                """),
            Diagnostic("TL0207", 0, $"[ADR-0007] field 'Shop.Domain.Order.Count' is not allowed (rule no-public-fields: {Adrs.Title})"),
            Diagnostic("TL0207", 1, $"[ADR-0007] property 'Shop.Domain.Order.Total' must not have a public setter (rule private-setters: {Adrs.Title})"));

    [Fact]
    public Task Extension_methods_partial_methods_and_generic_types() =>
        Run(
            """
            namespace Shop
            {
                public static class Strings { public static bool {|#0:Blank|}(this string s) => s.Length == 0; }
                public partial class Repo<T> { public partial void {|#1:Save|}(T item); }
                public partial class Repo<T> { public partial void Save(T item) { } }
            }
            """,
            Rule("members: { kind: method, types: Shop.** }\nmax-parameters: 0"),
            Diagnostic("TL0207", 0, Message("method 'Shop.Strings.Blank' must have at most 0 parameters, not 1")),
            Diagnostic("TL0207", 1, Message("method 'Shop.Repo`1.Save' must have at most 0 parameters, not 1")));
}
