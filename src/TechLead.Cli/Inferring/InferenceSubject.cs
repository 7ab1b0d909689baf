using System.Collections.Generic;

namespace TechLead.Cli.Inferring;

/// <summary>
/// What was read: the solution's name and size, for the ADRs' titles and context, and what did not load completely
/// (a project with compiler errors), said in every ADR written.
/// </summary>
internal sealed record InferenceSubject(string Name, int Projects, int Types, IReadOnlyList<string> ReadProblems)
{
    /// <summary>Which SDK read the code when a <c>global.json</c> pins one this machine does not have (rules/0049); null otherwise.</summary>
    public string? SdkNote { get; init; }
}
