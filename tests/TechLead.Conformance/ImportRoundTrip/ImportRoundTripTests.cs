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
    public static TheoryData<string, string, string, string[], string[]> Rules => new()
    {
        { "CleanShop", "LayerTests", "Domain_Should_Not_Depend_On_Outer_Layers", [], [] },
        { "CleanShop", "LayerTests", "Application_Should_Not_Depend_On_Infrastructure", ["Shop.Application.Orders.PlaceOrderHandler"], ["Shop.Application.Orders.PlaceOrderHandler -> Shop.Infrastructure.Persistence.OrderStore"] },
        { "CleanShop", "LayerTests", "Domain_Orders_Only_Use_The_Domain", ["Shop.Domain.Orders.OrderNumberGenerator"], ["Shop.Domain.Orders.OrderNumberGenerator -> Microsoft.Win32.SafeHandles.SafeFileHandle"] },
        { "CleanShop", "LayerTests", "Infrastructure_Classes_Are_Internal", ["Shop.Infrastructure.Persistence.OrderStore"], [] },
        { "CleanShop", "ConventionTests", "Handlers_Are_Sealed", ["Shop.Application.Orders.CancelOrderHandler"], [] },
        { "CleanShop", "ConventionTests", "Handlers_Implement_IHandler", ["Shop.Application.Orders.CancelOrderHandler"], [] },
        { "CleanShop", "ConventionTests", "Commands_Are_Audited", ["Shop.Application.Orders.CancelOrderCommand"], [] },
        { "CleanShop", "ConventionTests", "Value_Objects_Are_Immutable", ["Shop.Domain.Shared.Address"], [] },
        // Entity itself does not inherit Entity: NetArchTest flags it, and so does TechLead.
        { "CleanShop", "ConventionTests", "Public_Order_Classes_Are_Entities", ["Shop.Domain.Orders.Entity", "Shop.Domain.Orders.OrderNumberGenerator"], [] },
        { "CleanShop", "ConventionTests", "Interfaces_Start_With_I", ["Shop.Domain.Orders.OrderPolicy"], [] },
        { "CleanShop", "ConventionTests", "Repositories_Live_In_Persistence", ["Shop.Infrastructure.Caching.CachedOrderRepository"], [] },
        // Read with the semantic model only: typeof(Dictionary<,>) is declared in the framework, not under the import root.
        { "CleanShop", "ConventionTests", "Persistence_Uses_No_Framework_Collections", ["Shop.Infrastructure.Persistence.OrderStore"], [] },
        { "CleanShop", "ArchUnitLayerTests", "Application_Does_Not_Use_Persistence", ["Shop.Application.Orders.PlaceOrderHandler"], ["Shop.Application.Orders.PlaceOrderHandler -> Shop.Infrastructure.Persistence.OrderStore"] },
        { "CleanShop", "ArchUnitLayerTests", "Orders_Domain_Only_Depends_On_Itself", ["Shop.Domain.Orders.Order"], ["Shop.Domain.Orders.Order -> Shop.Domain.Shared.Money"] },
        { "CleanShop", "ArchUnitLayerTests", "Handlers_Are_Sealed", ["Shop.Application.Orders.CancelOrderHandler"], [] },
        { "CleanShop", "ArchUnitLayerTests", "Handlers_Implement_IHandler", ["Shop.Application.Orders.CancelOrderHandler"], [] },
        { "CleanShop", "ArchUnitLayerTests", "Repositories_Live_In_Persistence", ["Shop.Infrastructure.Caching.CachedOrderRepository"], [] },
        { "CleanShop", "ArchUnitLayerTests", "Order_Interfaces_Start_With_I", ["Shop.Domain.Orders.OrderPolicy"], [] },
        { "CleanShop", "ArchUnitLayerTests", "Domain_Does_Not_Use_Money_Directly", ["Shop.Domain.Orders.Order"], ["Shop.Domain.Orders.Order -> Shop.Domain.Shared.Money"] },

        // NetArchTest's ResideInNamespace("Shop.Modules.Billing") is a prefix: it also covers Shop.Modules.BillingReports.
        { "ModularShop", "ModuleTests", "Billing_Does_Not_Use_The_Ordering_Domain", ["Shop.Modules.Billing.Application.InvoiceTotals", "Shop.Modules.Billing.Application.Legacy.LegacyInvoicer", "Shop.Modules.BillingReports.RevenueReport"], ["Shop.Modules.Billing.Application.InvoiceTotals -> Shop.Modules.Ordering.Domain.Order", "Shop.Modules.Billing.Application.Legacy.LegacyInvoicer -> Shop.Modules.Ordering.Domain.Order", "Shop.Modules.BillingReports.RevenueReport -> Shop.Modules.Ordering.Domain.Order"] },
        { "ModularShop", "ModuleTests", "Billing_Application_Uses_Ordering_Contracts_Only", ["Shop.Modules.Billing.Application.InvoiceTotals"], ["Shop.Modules.Billing.Application.InvoiceTotals -> Shop.Modules.Ordering.Domain.Order"] },
        { "ModularShop", "ModuleTests", "Ordering_Interfaces_Are_Contracts", ["Shop.Modules.Ordering.Domain.IOrderRules"], [] },
        { "ModularShop", "ModuleTests", "Events_Are_Sealed", ["Shop.Modules.Ordering.Domain.OrderShippedEvent"], [] },
        { "ModularShop", "ModuleTests", "Ordering_Domain_Does_Not_Know_The_Application", ["Shop.Modules.Ordering.Domain.IOrderRules", "Shop.Modules.Ordering.Domain.OrderFactory"], ["Shop.Modules.Ordering.Domain.IOrderRules -> Shop.Modules.Ordering.Application.PlaceOrderCommand", "Shop.Modules.Ordering.Domain.OrderFactory -> Shop.Modules.Ordering.Application.PlaceOrderCommand"] },

        // ArchUnitNET's ResideInNamespace is exact: neither the legacy sub-namespace nor BillingReports.
        { "ModularShop", "ModuleArchUnitTests", "Billing_Core_Does_Not_Use_The_Ordering_Domain", ["Shop.Modules.Billing.Application.InvoiceTotals"], ["Shop.Modules.Billing.Application.InvoiceTotals -> Shop.Modules.Ordering.Domain.Order"] },
        { "ModularShop", "ModuleArchUnitTests", "Gateways_Are_Infrastructure", ["Shop.Modules.Billing.Application.PaymentGateway"], [] },
        { "ModularShop", "ModuleArchUnitTests", "Ordering_Domain_Interfaces_Do_Not_Use_Commands_Or_Events", ["Shop.Modules.Ordering.Domain.IOrderRules"], ["Shop.Modules.Ordering.Domain.IOrderRules -> Shop.Modules.Ordering.Application.PlaceOrderCommand"] },
        { "ModularShop", "ModuleArchUnitTests", "Events_Live_In_Contracts", ["Shop.Modules.Ordering.Domain.OrderShippedEvent"], [] },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void Imported_rule_flags_what_the_original_test_flagged(string codeBase, string testClass, string method, string[] failingTypes, string[] pairs)
    {
        var roundTrip = ImportRoundTrip.Of(codeBase);
        Assert.Equal(failingTypes.Order(), roundTrip.Original[testClass + "." + method].Order());

        var (adr, rule) = roundTrip.RuleOf(testClass, method);
        Assert.Contains(roundTrip.Adrs.ActiveRules, r => r.Adr.Id == adr && r.Id == rule);
        var fitness = roundTrip.FitnessFindings(adr, rule);
        var analyzer = roundTrip.AnalyzerFindings(adr, rule);
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
        var roundTrip = ImportRoundTrip.Of("CleanShop");
        Assert.Empty(roundTrip.Adrs.Diagnostics.Select(d => d.ToString()));
        var notImported = roundTrip.Decisions.SelectMany(d => d.NotImported).Select(n => n.Location + " " + n.Reason).Order().ToList();
        string[] expected =
        [
            "tests/Shop.ArchitectureTests/LayerTests.cs:60 'HaveDependencyOnAll' with several names fails only types that use all of them; TechLead's forbid fails a type that uses any of them",
            "tests/Shop.ArchitectureTests/LayerTests.cs:142 the types are checked by custom C# code the importer does not read as a rule",
        ];
        Assert.Equal(expected.Order(), notImported);
        var cases = Rules.Count(r => (string)r[0] == "CleanShop");
        Assert.Equal(cases, roundTrip.Decisions.Sum(d => d.Rules.Count));

        // Every rule outcome of the original run is either imported or quoted above (the loop test has no single outcome).
        Assert.Equal(cases + 1, roundTrip.Original.Count);
    }

    [Fact]
    public void Modular_monolith_tests_are_imported_completely()
    {
        var roundTrip = ImportRoundTrip.Of("ModularShop");
        Assert.Empty(roundTrip.Adrs.Diagnostics.Select(d => d.ToString()));
        Assert.Empty(roundTrip.Decisions.SelectMany(d => d.NotImported));
        Assert.Equal(Rules.Count(r => (string)r[0] == "ModularShop"), roundTrip.Decisions.Sum(d => d.Rules.Count));
        Assert.Equal(roundTrip.Original.Count, roundTrip.Decisions.Sum(d => d.Rules.Count));
    }
}
