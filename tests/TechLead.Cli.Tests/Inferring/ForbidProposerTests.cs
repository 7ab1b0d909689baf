using System.Collections.Generic;
using System.Linq;
using TechLead.Cli.Checking;
using TechLead.Cli.Inferring;
using TechLead.Rules.Selectors;
using TechLead.Rules.Writing;

namespace TechLead.Cli.Tests.Inferring;

/// <summary>
/// The forbids infer proposes between layers: the layers a layer reaches through its project references and uses nowhere
/// are one rule with all of them in <c>to</c>, as a team writes "the API does not use the domain or the shared kernel";
/// a layer used from one namespace only (the composition root) keeps a rule of its own.
/// </summary>
public sealed class ForbidProposerTests
{
    [Fact]
    public void The_layers_a_layer_reaches_and_never_uses_are_one_forbid_and_a_composition_root_keeps_its_own()
    {
        var types = new List<TypeFact>
        {
            Type("Shop.Api", "Program"),
            Type("Shop.Api.Endpoints", "OrderEndpoints"),
            Type("Shop.Api.Endpoints", "CustomerEndpoints"),
            Type("Shop.Api.Endpoints", "ProductEndpoints"),
            Type("Shop.Infrastructure", "OrderRepository"),
            Type("Shop.Infrastructure", "CustomerRepository"),
            Type("Shop.Infrastructure", "ShopDbContext"),
            Type("Shop.Application", "PlaceOrder"),
            Type("Shop.Domain", "Order"),
            Type("Shop.Kernel", "Money"),
        };
        var graph = new NamespaceGraph();
        Use(graph, "Shop.Api.Endpoints", "Shop.Application");
        Use(graph, "Shop.Api", "Shop.Infrastructure");
        Use(graph, "Shop.Infrastructure", "Shop.Application");
        Use(graph, "Shop.Infrastructure", "Shop.Domain");
        Use(graph, "Shop.Application", "Shop.Domain");
        Use(graph, "Shop.Domain", "Shop.Kernel");
        var facts = new CodeFacts(
            types,
            [
                new ProjectFact("Shop.Api", "Shop.Api", ["Shop.Infrastructure", "Shop.Application"], 4),
                new ProjectFact("Shop.Infrastructure", "Shop.Infrastructure", ["Shop.Application"], 3),
                new ProjectFact("Shop.Application", "Shop.Application", ["Shop.Domain"], 1),
                new ProjectFact("Shop.Domain", "Shop.Domain", ["Shop.Kernel"], 1),
                new ProjectFact("Shop.Kernel", "Shop.Kernel", [], 1),
            ],
            graph);
        var plan = new LayerPlan([Layer("Api", types), Layer("Infrastructure", types), Layer("Application", types), Layer("Domain", types), Layer("Kernel", types)], strict: false);

        var proposals = ForbidProposer.Propose(plan, facts).ToList();

        Assert.Equal(["api-does-not-use-infrastructure", "api-does-not-use-2-layers-it-reaches", "infrastructure-does-not-use-kernel"], proposals.Select(p => p.Id));
        var unused = proposals[1];
        Assert.Equal("no type of Api uses Domain, Kernel, which its project references make reachable", unused.Evidence);
        Assert.Equal(4, unused.Covered.Count);
        Assert.Equal("- id: api-does-not-use-2-layers-it-reaches\n  kind: forbid\n  from: Shop.Api.**\n  to: [Shop.Domain.**, Shop.Kernel.**]\n", Rule(unused));
        Assert.Equal("- id: api-does-not-use-infrastructure\n  kind: forbid\n  from: Shop.Api.**\n  to: Shop.Infrastructure.**\n", Rule(proposals[0]));
        Assert.Equal("of Api, only namespace Shop.Api uses Infrastructure (a composition root)", proposals[0].Evidence);
        Assert.Equal("no type of Infrastructure uses Kernel, which its project references make reachable", proposals[2].Evidence);
    }

    [Theory]
    [InlineData("Shop.Api.Program", "Shop.Api.Program", true)]
    [InlineData("Shop.Api.Program", "Shop.Api.Startup", false)]
    public void A_composition_roots_forbids_are_one_rule_only_when_they_leave_out_the_same_types(string infrastructureUser, string domainUser, bool merged)
    {
        var types = new List<TypeFact>
        {
            Type("Shop.Api", "Program"),
            Type("Shop.Api", "Startup"),
            Type("Shop.Api.Endpoints", "OrderEndpoints"),
            Type("Shop.Api.Endpoints", "CustomerEndpoints"),
            Type("Shop.Api.Endpoints", "ProductEndpoints"),
            Type("Shop.Api.Endpoints", "BasketEndpoints"),
            Type("Shop.Api.Endpoints", "PaymentEndpoints"),
            Type("Shop.Infrastructure", "OrderRepository"),
            Type("Shop.Application", "PlaceOrder"),
            Type("Shop.Domain", "Order"),
            Type("Shop.Domain.Events", "OrderPlaced"),
        };
        var graph = new NamespaceGraph();
        Use(graph, "Shop.Api.Endpoints", "Shop.Application");
        Use(graph, "Shop.Api", "Shop.Infrastructure");
        Use(graph, "Shop.Api", "Shop.Domain");
        Use(graph, "Shop.Domain", "Shop.Domain.Events");
        Use(graph, "Shop.Infrastructure", "Shop.Application");
        Use(graph, "Shop.Application", "Shop.Domain");
        var facts = new CodeFacts(
            types,
            [
                new ProjectFact("Shop.Api", "Shop.Api", ["Shop.Infrastructure", "Shop.Application"], 7),
                new ProjectFact("Shop.Infrastructure", "Shop.Infrastructure", ["Shop.Application"], 1),
                new ProjectFact("Shop.Application", "Shop.Application", ["Shop.Domain"], 1),
                new ProjectFact("Shop.Domain", "Shop.Domain", [], 2),
            ],
            graph);
        var plan = new LayerPlan([Layer("Api", types), Layer("Infrastructure", types), Layer("Application", types), Layer("Domain", types)], strict: false);
        var proposals = ForbidProposer.Propose(plan, facts).ToList();
        Assert.Equal(["api-does-not-use-infrastructure", "api-does-not-use-domain"], proposals.Select(p => p.Id));
        // What the verifying run leaves out: the types of the root's namespace that use each layer today.
        proposals[0].Except(infrastructureUser, "the analyzer reports it today");
        proposals[1].Except(domainUser, "the analyzer reports it today");

        ForbidProposer.MergeCompositionRoots(proposals);

        if (merged)
        {
            var rule = Assert.Single(proposals);
            Assert.Equal("- id: api-does-not-use-2-layers-outside-its-composition-root\n  kind: forbid\n  from:\n    namespace: Shop.Api.**\n    except: Shop.Api.Program\n  to: [Shop.Infrastructure.**, Shop.Domain.**]\n", Rule(rule));
            Assert.Equal("of Api, only namespace Shop.Api uses Infrastructure, Domain (a composition root)", rule.Evidence);
            Assert.Equal(6, rule.Holding);
        }
        else
        {
            // Merged, the rule would leave both types out of both targets: weaker than the two rules together.
            Assert.Equal(["api-does-not-use-infrastructure", "api-does-not-use-domain"], proposals.Select(p => p.Id));
        }
    }

    private static string Rule(Proposal proposal)
    {
        var block = AdrDraftWriter.RenderRuleBlock([proposal.ToDraft()]);
        return block.Substring(block.IndexOf('\n', System.StringComparison.Ordinal) + 1).Replace("```\n", string.Empty, System.StringComparison.Ordinal);
    }

    private static void Use(NamespaceGraph graph, string from, string to) => graph.AddReference(from, $"T:{from}.A", to, $"T:{to}.B", toExternal: false, named: false);

    private static Layer Layer(string name, List<TypeFact> types) =>
        new(name, SelectorDraft.Under("Shop." + name), ["Shop." + name], types.Where(t => t.Assembly == "Shop." + name).Select(t => t.FullName).ToList());

    private static TypeFact Type(string ns, string name) =>
        new($"{ns}.{name}", ns, name, string.Join('.', ns.Split('.').Take(2)), SelectorTypeKind.Class);
}
