using System;
using System.IO;
using System.Threading;
using TechLead.Cli.Checking;
using TechLead.Cli.Infrastructure;
using TechLead.Cli.Tests.Support;

namespace TechLead.Cli.Tests.Commands;

/// <summary>
/// One restored copy of samples/Shop for the tests that only read it (check in every format, impact, show, report),
/// and one check of it shared by the format tests: restoring and loading the solution is the expensive part.
/// </summary>
public sealed class RestoredShopFixture : IDisposable
{
    private readonly Lazy<CheckResult> result;

    public RestoredShopFixture()
    {
        Shop = new ShopCopy().Restore();
        result = new Lazy<CheckResult>(() => CheckRunner.RunAsync(
            new CheckOptions { WorkingDirectory = Shop.Root, NoRestore = true },
            machineReadable: true,
            new CliEnvironment(Shop.Root, TextWriter.Null, TextWriter.Null),
            CancellationToken.None).GetAwaiter().GetResult());
    }

    internal ShopCopy Shop { get; }

    /// <summary>What <c>techlead check</c> in the copy's root finds.</summary>
    internal CheckResult Result => result.Value;

    public void Dispose() => Shop.Dispose();
}
