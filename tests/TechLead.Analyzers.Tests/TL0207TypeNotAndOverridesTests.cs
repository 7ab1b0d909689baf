using System.Threading.Tasks;
using TechLead.Analyzers.Tests.Infrastructure;
using static TechLead.Analyzers.Tests.Infrastructure.AnalyzerTest;

namespace TechLead.Analyzers.Tests;

/// <summary><c>type-not</c> and <c>include-overrides</c> (rules/0069) in the analyzer: at the member's identifier, the message names the member and the selected type.</summary>
public sealed class TL0207TypeNotAndOverridesTests
{
    private static string Rule(string body) => Adrs.WithRules("  - id: r\n    kind: members\n    " + body.Replace("\n", "\n    ", System.StringComparison.Ordinal) + "\n");

    private static string Message(string body) => $"[ADR-0007] {body} (rule r: {Adrs.Title})";

    [Fact]
    public Task Entities_hold_no_aggregate_roots_directly_or_as_a_generic_argument() =>
        Run(
            """
            using System;
            using System.Collections.Generic;
            namespace Shop.Domain
            {
                public interface IAggregateRoot { }
                public abstract class Entity { }
                public sealed class Warehouse : Entity, IAggregateRoot { }
                public sealed class Shipment : Entity
                {
                    private readonly Warehouse {|#0:origin|};
                    private readonly List<Warehouse> {|#1:stops|} = new();
                    private readonly Warehouse[] depots = new Warehouse[0];
                    private readonly List<List<Warehouse>> legs = new();
                    private readonly Guid originId;
                    public static Warehouse Fallback = null!;
                    public Shipment(Warehouse origin) { this.origin = origin; originId = Guid.NewGuid(); }
                    internal Warehouse? {|#2:Destination|} { get; private set; }
                    public Warehouse Origin() => origin;
                    public int Count => depots.Length + legs.Count + stops.Count + originId.GetHashCode();
                }
            }
            """,
            Rule("members: { kind: [field, property], static: false, types: { inherits: Shop.Domain.Entity } }\ntype-not: { implements: Shop.Domain.IAggregateRoot }"),
            Diagnostic("TL0207", 0, Message("field 'Shop.Domain.Shipment.origin' must not be of type 'Shop.Domain.Warehouse' (a type 'type-not' selects)")),
            Diagnostic("TL0207", 1, Message("field 'Shop.Domain.Shipment.stops' must not be of type 'System.Collections.Generic.List`1' with the generic argument 'Shop.Domain.Warehouse' (a type 'type-not' selects)")),
            Diagnostic("TL0207", 2, Message("property 'Shop.Domain.Shipment.Destination' must not be of type 'Shop.Domain.Warehouse' (a type 'type-not' selects)")));

    [Fact]
    public Task Include_overrides_reports_the_overrides_the_user_wrote_not_the_compilers_or_operators() =>
        Run(
            """
            namespace Shop.Domain
            {
                public abstract class Entity { public virtual int {|#0:Weight|} => 0; public virtual string {|#1:Describe|}() => ""; }
                public sealed record Memo(string {|#2:Text|});
                public sealed class Parcel : Entity
                {
                    public override int {|#3:Weight|} => 2;
                    public override string {|#4:Describe|}() => "parcel";
                    public override string {|#5:ToString|}() => Describe();
                    public static bool operator ==(Parcel? a, Parcel? b) => ReferenceEquals(a, b);
                    public static bool operator !=(Parcel? a, Parcel? b) => !ReferenceEquals(a, b);
                    public override bool {|#6:Equals|}(object? obj) => ReferenceEquals(this, obj);
                    public override int {|#7:GetHashCode|}() => 1;
                    protected void Seal() { }
                }
            }
            """,
            Rule("members: { kind: [method, property], visibility: public, include-overrides: true, types: Shop.Domain.** }\nallowed: false"),
            Diagnostic("TL0207", 0, Message("property 'Shop.Domain.Entity.Weight' is not allowed")),
            Diagnostic("TL0207", 1, Message("method 'Shop.Domain.Entity.Describe' is not allowed")),
            Diagnostic("TL0207", 2, Message("property 'Shop.Domain.Memo.Text' is not allowed")),
            Diagnostic("TL0207", 3, Message("property 'Shop.Domain.Parcel.Weight' is not allowed")),
            Diagnostic("TL0207", 4, Message("method 'Shop.Domain.Parcel.Describe' is not allowed")),
            Diagnostic("TL0207", 5, Message("method 'Shop.Domain.Parcel.ToString' is not allowed")),
            Diagnostic("TL0207", 6, Message("method 'Shop.Domain.Parcel.Equals' is not allowed")),
            Diagnostic("TL0207", 7, Message("method 'Shop.Domain.Parcel.GetHashCode' is not allowed")));
}
