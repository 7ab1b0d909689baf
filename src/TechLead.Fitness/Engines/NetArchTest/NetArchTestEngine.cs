using System.Collections.Generic;
using TechLead.Fitness.Evaluation;
using TechLead.Rules.Model;

namespace TechLead.Fitness.Engines.NetArchTest;

/// <summary>Placeholder until the NetArchTest engine lands.</summary>
internal sealed class NetArchTestEngine : IFitnessEngine
{
    public static NetArchTestEngine Instance { get; } = new();

    public FitnessEngine Kind => FitnessEngine.NetArchTest;

    public IReadOnlyCollection<RuleKind> SupportedKinds { get; } = [];

    public string? WhyUnsupported(Rule rule) => "not yet";

    public RuleResult Evaluate(Rule rule, AssemblySet assemblies) => throw new System.NotSupportedException();
}
