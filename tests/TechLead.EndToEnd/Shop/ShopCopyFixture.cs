using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using TechLead.EndToEnd.Infrastructure;
using TechLead.EndToEnd.LocalFeed;

namespace TechLead.EndToEnd.Shop;

/// <summary>
/// One restored and prebuilt <see cref="ShopCopy"/> per test run, shared by every class of <see cref="ShopCopyTestGroup"/>
/// and created by the first test that asks (xunit 2 fixtures cannot receive the <see cref="LocalFeedFixture"/>).
/// Tests that edit the copy put their edits back. A failed setup is not retried: every test reports the same failure quickly.
/// </summary>
public sealed class ShopCopyFixture : IAsyncLifetime
{
    private static readonly TimeSpan SetupTimeout = TimeSpan.FromMinutes(8);

    private readonly Lock _lock = new();
    private Task<ShopCopy>? _creation;

    /// <summary>How long copy, restore and prebuild took; zero until then.</summary>
    public TimeSpan SetupTime { get; private set; }

    internal Task<ShopCopy> GetAsync(LocalFeedFixture feed)
    {
        lock (_lock)
        {
            return _creation ??= CreateAsync(feed);
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_creation is { IsCompletedSuccessfully: true })
        {
            (await _creation.ConfigureAwait(false)).Dispose();
        }
    }

    private async Task<ShopCopy> CreateAsync(LocalFeedFixture feed)
    {
        // The pack has its own bound and, with the solution's test projects side by side, can take most of this one.
        await feed.EnsurePackedAsync().ConfigureAwait(false);
        using var timeout = new CancellationTokenSource(SetupTimeout);
        var stopwatch = Stopwatch.StartNew();
        var shop = await ShopCopy.CreateAsync(feed, "shop", timeout.Token).ConfigureAwait(false);
        SetupTime = stopwatch.Elapsed;
        return shop;
    }
}

/// <summary>
/// The tests that build, format or open the one <see cref="ShopCopyFixture"/> copy: one restore and one prebuild of the
/// sample per run, and one test at a time, since each edits the copy or reads what the previous build left.
/// </summary>
[CollectionDefinition(Name)]
[StartOrder(4)]
public sealed class ShopCopyTestGroup : ICollectionFixture<LocalFeedFixture>, ICollectionFixture<ShopCopyFixture>
{
    public const string Name = "shop-copy";
}
