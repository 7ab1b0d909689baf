using System.Collections.Generic;
using TechLead.Fitness.Engines;
using TechLead.Fitness.Engines.ArchUnit;
using TechLead.Fitness.Engines.NetArchTest;
using TechLead.Rules.Model;

namespace TechLead.Conformance.Infrastructure;

/// <summary>Runs TechLead.Fitness's engines on the emitted corpus assembly, rule by rule.</summary>
internal static class FitnessRun
{
    public static IReadOnlyList<EngineFinding> ArchUnitNet(IEnumerable<Rule> rules, AssemblySet assemblies) => Run(ArchUnitAdapter.Instance, rules, assemblies);

    /// <summary>Only the rules NetArchTest can express; it reports the violating type without a target.</summary>
    public static IReadOnlyList<EngineFinding> NetArchTest(IEnumerable<Rule> rules, AssemblySet assemblies) => Run(NetArchTestAdapter.Instance, rules, assemblies);

    /// <summary>Null when NetArchTest checks <paramref name="rule"/>, else why not.</summary>
    public static string? WhyNetArchTestSkips(Rule rule) => NetArchTestAdapter.Instance.WhyUnsupported(rule);

    private static List<EngineFinding> Run(IEngineAdapter engine, IEnumerable<Rule> rules, AssemblySet assemblies)
    {
        var findings = new List<EngineFinding>();
        foreach (var rule in rules)
        {
            if (engine.WhyUnsupported(rule) is not null)
            {
                continue;
            }

            var result = engine.Evaluate(rule, assemblies);
            if (result.Problems.Count > 0)
            {
                throw new System.InvalidOperationException($"{engine.Kind} could not check {rule.QualifiedId}: " + string.Join("; ", result.Problems));
            }

            foreach (var violation in result.Violations)
            {
                var finding = new Finding(rule.Adr.Id, rule.Id, ConformanceNames.Normalize(violation.BaselineFrom), ConformanceNames.Normalize(violation.BaselineTo));
                findings.Add(new EngineFinding(finding, violation.Message));
            }
        }

        return findings;
    }
}
