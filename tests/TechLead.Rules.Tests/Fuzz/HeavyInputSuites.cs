namespace TechLead.Rules.Tests.Fuzz;

/// <summary>
/// The suites that parse tens of thousands of inputs (the fuzz suite, the subset reader's differential test) run one
/// after the other: on two busy cores, one of them beside the other starved a fuzz variant past its hang bound.
/// </summary>
[CollectionDefinition(Name)]
public sealed class HeavyInputSuites
{
    public const string Name = "heavy input suites";
}
