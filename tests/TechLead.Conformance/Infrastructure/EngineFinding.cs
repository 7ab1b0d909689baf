namespace TechLead.Conformance.Infrastructure;

/// <summary>A finding and the exact message the engine reported for it.</summary>
internal readonly record struct EngineFinding(Finding Finding, string Message);
