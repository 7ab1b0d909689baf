using System.Collections.Generic;
using TechLead.Fitness.Evaluation;
using TechLead.Rules.Model;

namespace TechLead.Fitness.Engines;

/// <summary>
/// Binds one engine (a library that checks compiled assemblies, chosen by <see cref="FitnessEngine"/>)
/// to TechLead's rules. An adapter declares what its engine can express; a rule it cannot check is
/// reported as such (a skipped case with the reason), never silently passed.
/// </summary>
internal interface IEngineAdapter
{
    FitnessEngine Kind { get; }

    /// <summary>The rule kinds this engine can check (some only for selectors it can express; see <see cref="WhyUnsupported"/>).</summary>
    IReadOnlyCollection<RuleKind> SupportedKinds { get; }

    /// <summary>Null when the engine can check <paramref name="rule"/>, else a sentence saying why not.</summary>
    string? WhyUnsupported(Rule rule);

    RuleResult Evaluate(Rule rule, AssemblySet assemblies);
}
