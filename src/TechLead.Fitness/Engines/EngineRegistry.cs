using TechLead.Fitness.Engines.ArchUnit;
using TechLead.Fitness.Engines.NetArchTest;

namespace TechLead.Fitness.Engines;

/// <summary>The engine behind each <see cref="FitnessEngine"/> choice.</summary>
internal static class EngineRegistry
{
    public static IFitnessEngine Get(FitnessEngine kind) => kind switch
    {
        FitnessEngine.NetArchTest => NetArchTestEngine.Instance,
        _ => ArchUnitEngine.Instance,
    };
}
