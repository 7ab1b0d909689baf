using System.Collections.Generic;
using TechLead.Fitness.Engines;
using TechLead.Rules.Model;

namespace TechLead.Fitness.Cases;

/// <summary>
/// The cases a fitness class yields (docs/fitness.md): <c>ADR validation</c>, then per accepted or
/// proposed rule <c>ADR-0007/domain-no-infra</c> and, when it has examples, <c>ADR-0007/domain-no-infra (examples)</c>.
/// Proposed rules and rules the chosen engine cannot check are skipped with the reason; other statuses are absent.
/// </summary>
internal static class FitnessCatalog
{
    public static IReadOnlyList<FitnessCase> For(AdrFitnessTests tests)
    {
        var loaded = tests.Source.Load();
        var engine = EngineAdapters.Get(tests.EngineKind);
        var cases = new List<FitnessCase> { new(FitnessCase.AdrValidation, null) };
        foreach (var rule in loaded.Set.Rules)
        {
            if (rule.Adr.Status is not (AdrStatus.Accepted or AdrStatus.Proposed))
            {
                continue;
            }

            var skip = rule.Adr.Status == AdrStatus.Proposed ? FitnessCase.ProposedSkipReason : null;
            cases.Add(new FitnessCase(rule.QualifiedId, skip ?? engine.WhyUnsupported(rule)));
            if (rule.Examples is not null)
            {
                cases.Add(new FitnessCase(rule.QualifiedId + FitnessCase.ExamplesSuffix, skip));
            }
        }

        return cases;
    }
}
