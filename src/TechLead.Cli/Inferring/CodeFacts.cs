using System.Collections.Generic;
using TechLead.Cli.Checking;

namespace TechLead.Cli.Inferring;

/// <summary>What infer knows about the solution: its types, its projects and the namespace dependency graph.</summary>
internal sealed record CodeFacts(IReadOnlyList<TypeFact> Types, IReadOnlyList<ProjectFact> Projects, NamespaceGraph Graph);
