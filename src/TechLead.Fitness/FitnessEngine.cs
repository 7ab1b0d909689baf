namespace TechLead.Fitness;

/// <summary>Which library checks the rules against the compiled assemblies.</summary>
public enum FitnessEngine
{
    /// <summary>ArchUnitNET 0.13.5 (plus a Cecil pass for what it misses): every rule kind. The default.</summary>
    ArchUnitNet,

    /// <summary>NetArchTest.Rules 1.3.2: forbid, allow-only and the type-level kinds; reports violating types without their target.</summary>
    NetArchTest,
}
