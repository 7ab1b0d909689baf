using System.Collections.Generic;

namespace TechLead.Cli.Inferring;

/// <summary>A project of the solution: its assembly, the namespace its types live under, and the projects it references.</summary>
/// <param name="Name">The assembly name (one per project, whatever the target frameworks).</param>
/// <param name="RootNamespace">The project's root namespace when most of its types are at or under it, else the longest namespace they share; empty when none.</param>
/// <param name="References">Assembly names of the solution's projects it references directly.</param>
/// <param name="TypeCount">How many types it declares.</param>
internal sealed record ProjectFact(string Name, string RootNamespace, IReadOnlyList<string> References, int TypeCount);
