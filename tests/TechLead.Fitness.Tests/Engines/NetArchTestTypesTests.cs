using System.Linq;
using TechLead.Fitness.Engines;
using TechLead.Fitness.Engines.NetArchTest;
using TechLead.Fitness.Tests.Support;

namespace TechLead.Fitness.Tests.Engines;

/// <summary>
/// NetArchTest reads each assembly of a set once, not once per rule, and a tool that deletes the files (infer's emitted
/// assemblies) drops what was read; the cached types give every rule the verdict a fresh read gives.
/// </summary>
public sealed class NetArchTestTypesTests
{
    private const string Rule = "- { id: domain-no-api, kind: forbid, from: Kinds.Domain.**, to: [Kinds.Api.**, Kinds.Infrastructure.**, Newtonsoft.**] }";

    [Fact]
    public void Each_assembly_is_loaded_once_per_set_until_the_set_is_forgotten()
    {
        var path = Corpus.PathOf("Kinds", KindsCorpus.Source);
        var assemblies = AssemblySet.FromPaths([path]);

        var first = NetArchTestTypes.Of(assemblies, path);
        Assert.Same(first, NetArchTestTypes.Of(assemblies, path));

        EngineVerdict.Forget(assemblies);

        Assert.NotSame(first, NetArchTestTypes.Of(assemblies, path));
    }

    [Fact]
    public void Rules_on_cached_types_find_what_a_fresh_read_finds()
    {
        var assemblies = AssemblySet.FromPaths([Corpus.PathOf("Kinds", KindsCorpus.Source)]);
        var rule = Adrs.Rule(Rule);
        EngineVerdict.Forget(assemblies);

        var fresh = NetArchTestAdapter.Instance.Evaluate(rule, assemblies).Violations.Select(v => v.Message).ToList();
        var cached = NetArchTestAdapter.Instance.Evaluate(rule, assemblies).Violations.Select(v => v.Message).ToList();

        Assert.Equal(
            [
                "[ADR-0007] 'Kinds.Domain.Order' must not depend on 'Kinds.Api.OrdersController' (rule domain-no-api: Test decision)",
                "[ADR-0007] 'Kinds.Domain.Order' must not depend on 'Newtonsoft.Text' (rule domain-no-api: Test decision)",
            ],
            fresh);
        Assert.Equal(fresh, cached);
    }
}
