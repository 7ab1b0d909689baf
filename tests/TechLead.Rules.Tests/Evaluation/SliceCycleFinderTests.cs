using System.Collections.Generic;
using System.Linq;
using TechLead.Rules.Evaluation;
using TechLead.Rules.Model;
using TechLead.Rules.Tests.Support;

namespace TechLead.Rules.Tests.Evaluation;

public sealed class SliceCycleFinderTests
{
    private static SliceCycleFinder<int> Finder() =>
        new(Adr.SingleRule<AcyclicRule>("  - id: no-cycles\n    kind: acyclic\n    slices: Shop.Modules.{slice}.**\n"), Comparer<int>.Default);

    [Fact]
    public void Reports_the_edge_that_closes_a_cycle_with_the_cycle_path()
    {
        var finder = Finder();
        finder.Add("Shop.Modules.Orders.OrderService", "Shop.Modules.Billing.Invoice", 1);
        finder.Add("Shop.Modules.Billing.InvoiceService", "Shop.Modules.Orders.Order", 2);
        var (reference, message) = Assert.Single(finder.FindCycles());
        // Slices are walked in ordinal order (Billing first), so Orders -> Billing closes the cycle.
        Assert.Equal(1, reference);
        Assert.Equal(
            "[ADR-0007] 'Shop.Modules.Orders.OrderService' depends on 'Shop.Modules.Billing.Invoice', closing the cycle Billing -> Orders -> Billing (rule no-cycles: Domain stays persistence-ignorant)",
            message);
    }

    [Fact]
    public void Keeps_the_first_ranked_reference_per_slice_pair()
    {
        var finder = Finder();
        finder.Add("Shop.Modules.A.X", "Shop.Modules.B.Y", 10);
        finder.Add("Shop.Modules.B.Late", "Shop.Modules.A.X", 9);
        finder.Add("Shop.Modules.B.Early", "Shop.Modules.A.X", 3);
        Assert.Equal([3], finder.FindCycles().Select(c => c.Reference));
    }

    [Fact]
    public void Acyclic_graphs_and_same_slice_references_are_quiet()
    {
        var finder = Finder();
        finder.Add("Shop.Modules.A.X", "Shop.Modules.B.Y", 1);
        finder.Add("Shop.Modules.B.Y", "Shop.Modules.C.Z", 2);
        finder.Add("Shop.Modules.A.X", "Shop.Modules.C.Z", 3);
        finder.Add("Shop.Modules.C.Z", "Shop.Modules.C.W", 4);
        finder.Add("Shop.Api.Program", "Shop.Modules.A.X", 5);
        Assert.Empty(finder.FindCycles());
    }

    [Fact]
    public void Three_slice_cycles_name_every_slice()
    {
        var finder = Finder();
        finder.Add("Shop.Modules.A.X", "Shop.Modules.B.Y", 1);
        finder.Add("Shop.Modules.B.Y", "Shop.Modules.C.Z", 2);
        finder.Add("Shop.Modules.C.Z", "Shop.Modules.A.X", 3);
        Assert.Contains("closing the cycle A -> B -> C -> A", Assert.Single(finder.FindCycles()).Message);
    }

    [Fact]
    public void Targets_are_walked_in_ordinal_order_whatever_order_they_were_added_in()
    {
        var finder = Finder();
        finder.Add("Shop.Modules.A.X", "Shop.Modules.C.Z", 1);
        finder.Add("Shop.Modules.A.X", "Shop.Modules.B.Y", 2);
        finder.Add("Shop.Modules.C.Z", "Shop.Modules.A.X", 3);
        finder.Add("Shop.Modules.B.Y", "Shop.Modules.A.X", 4);
        var cycles = finder.FindCycles();
        // From A, B is visited before C although A -> C was added first.
        Assert.Equal([4, 3], cycles.Select(c => c.Reference));
        Assert.Contains("closing the cycle A -> B -> A", cycles[0].Message);
        Assert.Contains("closing the cycle A -> C -> A", cycles[1].Message);
    }
}
