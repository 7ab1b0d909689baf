using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using TechLead.EndToEnd.LocalFeed;

namespace TechLead.EndToEnd.Shop;

/// <summary>
/// One restored <see cref="ShopCopy"/> per test class, created by the first test that asks (xunit 2 class fixtures
/// cannot receive the collection's <see cref="LocalFeedFixture"/>). Tests that edit the copy put their edits back.
/// A failed setup is not retried: every test of the class reports the same failure quickly.
/// </summary>
public sealed class ShopCopyFixture : IAsyncLifetime
{
    private static readonly TimeSpan SetupTimeout = TimeSpan.FromMinutes(8);

    private readonly Lock _lock = new();
    private Task<ShopCopy>? _creation;

    /// <summary>How long copy, restore and prebuild took; zero until then.</summary>
    public TimeSpan SetupTime { get; private set; }

    internal Task<ShopCopy> GetAsync(LocalFeedFixture feed, string purpose)
    {
        lock (_lock)
        {
            return _creation ??= CreateAsync(feed, purpose);
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

    private async Task<ShopCopy> CreateAsync(LocalFeedFixture feed, string purpose)
    {
        using var timeout = new CancellationTokenSource(SetupTimeout);
        var stopwatch = Stopwatch.StartNew();
        var shop = await ShopCopy.CreateAsync(feed, purpose, timeout.Token).ConfigureAwait(false);
        SetupTime = stopwatch.Elapsed;
        return shop;
    }
}
