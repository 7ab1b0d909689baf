using System.Collections.Generic;
using TechLead.Cli.Checking;

namespace TechLead.Cli.Inferring;

/// <summary>
/// What infer knows about the solution: its types, its projects, the namespace dependency graph, and for every base
/// class and interface its types name (the solution's or a library's) the interfaces it brings, so that a rule implied
/// by another (<c>must-inherit AbstractValidator`1</c> brings <c>IValidator`1</c>) is not proposed twice.
/// </summary>
internal sealed record CodeFacts(IReadOnlyList<TypeFact> Types, IReadOnlyList<ProjectFact> Projects, NamespaceGraph Graph)
{
    public IReadOnlyDictionary<string, IReadOnlyList<string>> InterfacesOf { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>What did not load completely (projects with compiler errors): every ADR infer writes says so.</summary>
    public IReadOnlyList<string> ReadProblems { get; init; } = [];

    /// <summary>The members the solution's types declare, as <c>members</c> rules select them.</summary>
    public IReadOnlyList<MemberFact> Members { get; init; } = [];
}
