namespace TechLead.Fitness.Cases;

/// <summary>One xunit case of a fitness class: its name (the display name) and why it is skipped, if it is.</summary>
internal sealed record FitnessCase(string Name, string? SkipReason)
{
    public const string AdrValidation = "ADR validation";

    public const string ExamplesSuffix = " (examples)";

    public const string ProposedSkipReason = "proposed: not enforced yet";
}
