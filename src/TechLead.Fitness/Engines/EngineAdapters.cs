using TechLead.Fitness.Engines.ArchUnit;
using TechLead.Fitness.Engines.NetArchTest;

namespace TechLead.Fitness.Engines;

/// <summary>The adapter behind each <see cref="FitnessEngine"/> choice.</summary>
internal static class EngineAdapters
{
    public static IEngineAdapter Get(FitnessEngine kind) => kind switch
    {
        FitnessEngine.NetArchTest => NetArchTestAdapter.Instance,
        _ => ArchUnitAdapter.Instance,
    };
}
