using System.Threading.Tasks;
using TechLead.Analyzers.Tests.Infrastructure;
using static TechLead.Analyzers.Tests.Infrastructure.AnalyzerTest;

namespace TechLead.Analyzers.Tests;

/// <summary><c>type-not</c> (rules/0069) in the analyzer: at the member's identifier, the message names the selected type.</summary>
public sealed class TL0207TypeNotTests
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
}
