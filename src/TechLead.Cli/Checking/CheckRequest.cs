using System.Collections.Generic;
using TechLead.Rules;

namespace TechLead.Cli.Checking;

/// <summary>What a solution checker needs to check one solution or project.</summary>
/// <param name="TargetPath">Absolute path of the .sln, .slnx or .csproj.</param>
/// <param name="AdrFiles">The ADR files to give the analyzer as AdditionalFiles (full paths).</param>
/// <param name="RepositoryRoot">The folder that holds docs/ (build_property.TechLeadRepositoryRoot).</param>
/// <param name="AdrDirectory">build_property.TechLeadAdrDirectory.</param>
/// <param name="AdrBaseUrl">build_property.TechLeadAdrBaseUrl when given on the command line; else the project's own.</param>
/// <param name="CollectNamespaceGraph">Also walk the code for namespace dependencies (report).</param>
internal sealed record CheckRequest(string TargetPath, IReadOnlyList<AdrSourceFile> AdrFiles, string RepositoryRoot, string AdrDirectory, string? AdrBaseUrl, bool CollectNamespaceGraph)
{
    /// <summary>Run <c>dotnet restore</c> on the target before loading it (MSBuildWorkspace does not restore).</summary>
    public bool Restore { get; init; } = true;

    /// <summary>Print every message MSBuild reported while loading, not only the summary of projects that did not load.</summary>
    public bool Verbose { get; init; }
}
