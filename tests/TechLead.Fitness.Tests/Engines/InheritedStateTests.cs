using System.IO;
using System.Linq;
using TechLead.Fitness.Engines;
using TechLead.Fitness.Engines.ArchUnit;
using TechLead.Fitness.Engines.NetArchTest;
using TechLead.Fitness.Evaluation;
using TechLead.Fitness.Tests.Support;

namespace TechLead.Fitness.Tests.Engines;

/// <summary>
/// rules/0062: <c>immutable: public-members</c> counts what a type inherits from a base class in another assembly of the
/// build output, a <c>private set</c> included, in both engines (NetArchTest's own resolver does not search that folder;
/// ArchUnitNET does not load the base's assembly).
/// </summary>
public sealed class InheritedStateTests
{
    private const string Rule = "- { id: frozen-orders, kind: modifiers, types: Shop.Orders.*, immutable: public-members }";

    private const string Kernel = """
        namespace Shop.Kernel
        {
            public abstract class Entity { public System.Guid Id { get; private set; } }
            public abstract class Stamped { public const int Version = 1; public System.DateTime At { get; } }
        }
        """;

    private const string Orders = """
        namespace Shop.Orders
        {
            public sealed class Order : Shop.Kernel.Entity { }
            public sealed class Receipt : Shop.Kernel.Stamped { public int Total { get; } }
        }
        """;

    public static TheoryData<string> Engines => new() { "ArchUnitNet", "NetArchTest" };

    [Theory]
    [MemberData(nameof(Engines))]
    public void A_setter_inherited_from_a_base_in_another_assembly_of_the_output_breaks_it(string engine)
    {
        var kernel = Corpus.PathOf("Shop.Kernel", [Kernel], []);
        var orders = Corpus.PathOf("Shop.Orders", [Orders], [kernel]);
        var beside = Path.Combine(Path.GetDirectoryName(orders)!, Path.GetFileName(kernel));
        if (!File.Exists(beside))
        {
            File.Copy(kernel, beside);
        }

        var parsed = Adrs.Rule(Rule);
        var assemblies = AssemblySet.FromPaths([orders]);
        var result = engine == "ArchUnitNet" ? ArchUnitAdapter.EvaluateUncached(parsed, assemblies) : NetArchTestAdapter.Instance.Evaluate(parsed, assemblies);

        Assert.Empty(result.Problems);
        Assert.Equal(
            ["[ADR-0007] 'Shop.Orders.Order' must be immutable: public property 'Id' inherited from 'Shop.Kernel.Entity' has a setter (rule frozen-orders: Test decision)"],
            result.Violations.Select(v => v.Message));
    }
}
