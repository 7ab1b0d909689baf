using System;
using System.Diagnostics;
using System.Threading.Tasks;
using TechLead.EndToEnd.Infrastructure;
using Xunit;

namespace TechLead.EndToEnd.Lsp;

/// <summary>Installs (or reuses) csharp-ls once per test run for every class in <see cref="CsharpLsTestGroup"/>.</summary>
public sealed class CsharpLsFixture : IAsyncLifetime
{
    private CsharpLsInstallation? _installation;

    internal CsharpLsInstallation Installation =>
        _installation ?? throw new InvalidOperationException("The csharp-ls fixture is not initialized.");

    /// <summary>How long the install (or the cache check) took; reported by tests.</summary>
    public TimeSpan InstallTime { get; private set; }

    public async Task InitializeAsync()
    {
        var stopwatch = Stopwatch.StartNew();
        _installation = await CsharpLsInstallation.EnsureInstalledAsync().ConfigureAwait(false);
        InstallTime = stopwatch.Elapsed;
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

[CollectionDefinition(Name)]
[StartOrder(3)]
public sealed class CsharpLsTestGroup : ICollectionFixture<CsharpLsFixture>
{
    public const string Name = "csharp-ls";
}
