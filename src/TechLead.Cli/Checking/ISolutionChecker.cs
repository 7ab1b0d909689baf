using System.Threading;
using System.Threading.Tasks;

namespace TechLead.Cli.Checking;

/// <summary>
/// Loads a solution and runs the TechLead analyzer over it. The CLI has one engine, the analyzer;
/// this seam lets tests stand in for loading real projects.
/// </summary>
internal interface ISolutionChecker
{
    Task<CheckerOutput> RunAsync(CheckRequest request, ICheckProgress progress, CancellationToken cancellationToken);
}
