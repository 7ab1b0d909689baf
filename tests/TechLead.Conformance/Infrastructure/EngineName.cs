namespace TechLead.Conformance.Infrastructure;

/// <summary>The three engines the suite cross-checks.</summary>
internal enum EngineName
{
    /// <summary>The Roslyn analyzer (source view), via CompilationWithAnalyzers.</summary>
    Analyzer,

    /// <summary>TechLead.Fitness's ArchUnitNET engine with its Cecil supplement (IL view).</summary>
    ArchUnitNet,

    /// <summary>TechLead.Fitness's NetArchTest engine (IL view, violating type only).</summary>
    NetArchTest,
}
