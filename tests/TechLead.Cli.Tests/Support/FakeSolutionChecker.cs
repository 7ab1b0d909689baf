using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using TechLead.Cli.Checking;

namespace TechLead.Cli.Tests.Support;

/// <summary>An engine that returns the given violations, so a check session runs without loading a solution.</summary>
internal sealed class FakeSolutionChecker(IReadOnlyList<Finding> violations) : ISolutionChecker
{
    public CheckRequest? Request { get; private set; }

    public Task<CheckerOutput> RunAsync(CheckRequest request, ICheckProgress progress, CancellationToken cancellationToken)
    {
        Request = request;
        return Task.FromResult(new CheckerOutput(violations, ["Shop.Domain"], null));
    }
}
