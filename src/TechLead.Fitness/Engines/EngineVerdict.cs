using System.Collections.Generic;
using TechLead.Fitness.Engines.ArchUnit;
using TechLead.Fitness.Engines.Cecil;
using TechLead.Fitness.Engines.NetArchTest;
using TechLead.Fitness.Evaluation;
using TechLead.Rules.Model;

namespace TechLead.Fitness.Engines;

/// <summary>
/// One fitness engine's verdict on one rule over an assembly set: a declared skip (the engine cannot express the rule,
/// with why) or its result (violations, and problems such as an assembly that did not load). What every tool that puts
/// the engines side by side asks: the differential harness and <c>techlead infer</c>'s verification.
/// </summary>
internal sealed record EngineVerdict(FitnessEngine Engine, string? SkipReason, RuleResult Result)
{
    /// <summary>Both engines, ArchUnitNET first.</summary>
    public static IReadOnlyList<IEngineAdapter> Engines { get; } = [ArchUnitAdapter.Instance, NetArchTestAdapter.Instance];

    public bool Skipped => SkipReason is not null;

    /// <summary>The engine's name as its library spells it (<c>ArchUnitNET</c>, <c>NetArchTest</c>), for messages.</summary>
    public string EngineName => NameOf(Engine);

    public static EngineVerdict Of(IEngineAdapter engine, Rule rule, AssemblySet assemblies) =>
        engine.WhyUnsupported(rule) is { } why
            ? new EngineVerdict(engine.Kind, why, RuleResult.Of([]))
            : new EngineVerdict(engine.Kind, null, engine.Evaluate(rule, assemblies));

    public static string NameOf(FitnessEngine engine) => engine == FitnessEngine.NetArchTest ? "NetArchTest" : "ArchUnitNET";

    /// <summary>Drops what the engines cached for a set whose files a tool is about to delete.</summary>
    public static void Forget(AssemblySet assemblies)
    {
        ArchUnitAdapter.Forget(assemblies);
        SourceDependencyIndex.Forget(assemblies);
        NetArchTestAdapter.Forget(assemblies);
    }
}
