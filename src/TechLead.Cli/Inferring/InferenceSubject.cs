namespace TechLead.Cli.Inferring;

/// <summary>What was read: the solution's name and size, for the ADR's title and context.</summary>
internal sealed record InferenceSubject(string Name, int Projects, int Types);
