using System.Threading;
using System.Threading.Tasks;

namespace TechLead.Cli.Checking;

/// <summary>Loads code and runs the TechLead analyzer over it. The CLI's only engine is Roslyn's; tests may stand in.</summary>
internal interface ICheckEngine
{
    Task<EngineOutput> RunAsync(CheckRequest request, ICheckProgress progress, CancellationToken cancellationToken);
}

/// <summary>Where an engine says what it is doing (a spinner on a terminal, nothing in pipes).</summary>
internal interface ICheckProgress
{
    void Report(string stage);
}
