using System.Collections.Generic;
using System.Linq;
using TechLead.Conformance.Infrastructure;

namespace TechLead.Conformance.ImportRoundTrip;

/// <summary>
/// Imported rules flag exactly what the original tests flagged. Each case names the test, the types the
/// original NetArchTest or ArchUnitNET run failed (the planted violations, checked against the real run),
/// and, for dependency rules, the type pairs TechLead reports. NetArchTest names no target, so its
/// failing types are compared with the sources of TechLead's pairs.
/// </summary>
public sealed class ImportRoundTripTests
{
    private static CleanShopRoundTrip RoundTrip => CleanShopRoundTrip.Instance;

    public static TheoryData<string, string, string[], string[]> Rules => new()
    {
        { "LayerTests", "Domain_Should_Not_Depend_On_Outer_Layers", [], [] },
        { "LayerTests", "Application_Should_Not_Depend_On_Infrastructure", ["Shop.Application.Orders.PlaceOrderHandler"], ["Shop.Application.Orders.PlaceOrderHandler -> Shop.Infrastructure.Persistence.OrderStore"] },
        { "LayerTests", "Domain_Orders_Only_Use_The_Domain", ["Shop.Domain.Orders.OrderNumberGenerator"], ["Shop.Domain.Orders.OrderNumberGenerator -> Microsoft.Win32.SafeHandles.SafeFileHandle"] },
        { "LayerTests", "Infrastructure_Classes_Are_Internal", ["Shop.Infrastructure.Persistence.OrderStore"], [] },
        { "ConventionTests", "Handlers_Are_Sealed", ["Shop.Application.Orders.CancelOrderHandler"], [] },
        { "ConventionTests", "Handlers_Implement_IHandler", ["Shop.Application.Orders.CancelOrderHandler"], [] },
        { "ConventionTests", "Commands_Are_Audited", ["Shop.Application.Orders.CancelOrderCommand"], [] },
        { "ConventionTests", "Value_Objects_Are_Immutable", ["Shop.Domain.Shared.Address"], [] },
        // Entity itself does not inherit Entity: NetArchTest flags it, and so does TechLead.
        { "ConventionTests", "Public_Order_Classes_Are_Entities", ["Shop.Domain.Orders.Entity", "Shop.Domain.Orders.OrderNumberGenerator"], [] },
        { "ConventionTests", "Interfaces_Start_With_I", ["Shop.Domain.Orders.OrderPolicy"], [] },
        { "ConventionTests", "Repositories_Live_In_Persistence", ["Shop.Infrastructure.Caching.CachedOrderRepository"], [] },
        { "ArchUnitLayerTests", "Application_Does_Not_Use_Persistence", ["Shop.Application.Orders.PlaceOrderHandler"], ["Shop.Application.Orders.PlaceOrderHandler -> Shop.Infrastructure.Persistence.OrderStore"] },
        { "ArchUnitLayerTests", "Orders_Domain_Only_Depends_On_Itself", ["Shop.Domain.Orders.Order"], ["Shop.Domain.Orders.Order -> Shop.Domain.Shared.Money"] },
        { "ArchUnitLayerTests", "Handlers_Are_Sealed", ["Shop.Application.Orders.CancelOrderHandler"], [] },
        { "ArchUnitLayerTests", "Handlers_Implement_IHandler", ["Shop.Application.Orders.CancelOrderHandler"], [] },
        { "ArchUnitLayerTests", "Repositories_Live_In_Persistence", ["Shop.Infrastructure.Caching.CachedOrderRepository"], [] },
        { "ArchUnitLayerTests", "Order_Interfaces_Start_With_I", ["Shop.Domain.Orders.OrderPolicy"], [] },
        { "ArchUnitLayerTests", "Domain_Does_Not_Use_Money_Directly", ["Shop.Domain.Orders.Order"], ["Shop.Domain.Orders.Order -> Shop.Domain.Shared.Money"] },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void Imported_rule_flags_what_the_original_test_flagged(string testClass, string method, string[] failingTypes, string[] pairs)
    {
        Assert.Equal(failingTypes.Order(), RoundTrip.Original[testClass + "." + method].Order());

        var (adr, rule) = RoundTrip.RuleOf(testClass, method);
        Assert.Contains(RoundTrip.Adrs.ActiveRules, r => r.Adr.Id == adr && r.Id == rule);
        var fitness = RoundTrip.FitnessFindings(adr, rule);
        var analyzer = RoundTrip.AnalyzerFindings(adr, rule);
        Assert.Equal(failingTypes.Order(), fitness.Select(f => f.From).Distinct().Order());
        Assert.Equal(failingTypes.Order(), analyzer.Select(f => f.From).Distinct().Order());
        if (pairs.Length > 0)
        {
            Assert.Equal(pairs.Order(), fitness.Select(f => f.From + " -> " + f.To).Distinct().Order());
            Assert.Equal(pairs.Order(), analyzer.Select(f => f.From + " -> " + f.To).Distinct().Order());
        }
    }

    [Fact]
    public void Imported_ADRs_are_valid_and_every_test_is_accounted_for()
    {
        Assert.Empty(RoundTrip.Adrs.Diagnostics.Select(d => d.ToString()));
        var notImported = RoundTrip.Decisions.SelectMany(d => d.NotImported).Select(n => n.Location + " " + n.Reason).Order().ToList();
        string[] expected =
        [
            "tests/Shop.ArchitectureTests/LayerTests.cs:60 'HaveDependencyOnAll' with several names fails only types that use all of them; TechLead's forbid fails a type that uses any of them",
            "tests/Shop.ArchitectureTests/LayerTests.cs:142 the chain is built in a loop: its values and the number of rules are known only when the test runs",
        ];
        Assert.Equal(expected.Order(), notImported);
        Assert.Equal(Rules.Count, RoundTrip.Decisions.Sum(d => d.Rules.Count));

        // Every rule outcome of the original run is either imported or quoted above (the loop test has no single outcome).
        Assert.Equal(Rules.Count + 1, RoundTrip.Original.Count);
    }
}
