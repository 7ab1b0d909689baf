using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using TechLead.Analyzers.Tests.Infrastructure;
using static TechLead.Analyzers.Tests.Infrastructure.AnalyzerTest;

namespace TechLead.Analyzers.Tests;

/// <summary>
/// TL0204 for <c>immutable: public-members</c> (rules/0062): public fields and properties, declared and inherited (from a
/// base in another project too), instance and static; the message names the member that breaks it.
/// </summary>
public sealed class TL0204PublicMembersImmutabilityTests
{
    [Fact]
    public Task Inherited_static_private_set_and_init_members_break_it_and_readonly_const_and_non_public_ones_do_not()
    {
        var test = new AnalyzerTest()
            .WithSource("""
                namespace Shop.Orders
                {
                    public sealed class Receipt : Shop.Kernel.Stamped
                    {
                        public const string Kind = "receipt";
                        public static readonly Receipt Empty = new Receipt();
                        public readonly int Number;
                        private int reads;
                        internal int Hidden { get; set; }
                        public int Total { get; }
                        public int Read() => reads++;
                    }

                    public sealed class {|#0:Order|} : Shop.Kernel.Entity { }

                    public sealed class {|#1:Cart|} { public decimal Total { get; private set; } }

                    public sealed class {|#2:Address|} { public string Street { get; init; } }

                    public static class {|#3:Counters|} { public static int Next; }

                    public sealed class {|#4:Basket|} { public int Count; }

                    public enum Stage { Draft, Sent }
                }
                """)
            .WithAdr(Adrs.WithRules("  - id: frozen-orders\n    kind: modifiers\n    types: Shop.Orders.*\n    immutable: public-members"));
        var kernel = new ProjectState("Kernel", "C#", "/Kernel/Test", "cs") { ReferenceAssemblies = LocalReferences.None };
        kernel.Sources.Add("namespace Shop.Kernel { public abstract class Entity { public System.Guid Id { get; private set; } } public abstract class Stamped { public const int Version = 1; public System.DateTime At { get; } } }");
        kernel.AdditionalReferences.AddRange(LocalReferences.All);
        test.TestState.AdditionalProjects.Add("Kernel", kernel);
        test.TestState.AdditionalProjectReferences.Add("Kernel");
        test.Expect(
            Diagnostic("TL0204", 0, $"[ADR-0007] 'Shop.Orders.Order' must be immutable: public property 'Id' inherited from 'Shop.Kernel.Entity' has a setter (rule frozen-orders: {Adrs.Title})"),
            Diagnostic("TL0204", 1, $"[ADR-0007] 'Shop.Orders.Cart' must be immutable: public property 'Total' has a setter (rule frozen-orders: {Adrs.Title})"),
            Diagnostic("TL0204", 2, $"[ADR-0007] 'Shop.Orders.Address' must be immutable: public property 'Street' has an init accessor (rule frozen-orders: {Adrs.Title})"),
            Diagnostic("TL0204", 3, $"[ADR-0007] 'Shop.Orders.Counters' must be immutable: public static field 'Next' is not readonly (rule frozen-orders: {Adrs.Title})"),
            Diagnostic("TL0204", 4, $"[ADR-0007] 'Shop.Orders.Basket' must be immutable: public field 'Count' is not readonly (rule frozen-orders: {Adrs.Title})"));
        return test.RunAsync();
    }

    [Fact]
    public Task It_joins_the_other_requirements_in_one_message() =>
        Run(
            "namespace Shop.Pricing { public class {|#0:Quote|} { public decimal Amount { get; set; } } }",
            Adrs.WithRules("  - id: quotes\n    kind: modifiers\n    types: Shop.Pricing.*\n    sealed: true\n    immutable: public-members"),
            Diagnostic("TL0204", 0, $"[ADR-0007] 'Shop.Pricing.Quote' must be sealed and immutable: public property 'Amount' has a setter (rule quotes: {Adrs.Title})"));
}
