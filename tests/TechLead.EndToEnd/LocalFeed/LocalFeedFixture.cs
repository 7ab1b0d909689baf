using System;
using System.IO;
using System.Security;
using System.Threading;
using System.Threading.Tasks;
using TechLead.EndToEnd.Infrastructure;
using Xunit;

namespace TechLead.EndToEnd.LocalFeed;

/// <summary>
/// Packs <c>TechLead.Analyzers</c> from this checkout once per test run into a folder feed, and writes consumer
/// NuGet.Config files that add that feed to the machine's normal sources. Packing is lazy (first
/// <see cref="EnsurePackedAsync"/>), so a collection whose tests are all skipped never packs.
/// </summary>
public sealed class LocalFeedFixture : IAsyncLifetime
{
    public const string PackageId = "TechLead.Analyzers";
    public const string PackageVersion = "0.1.0";

    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(4);

    private readonly TempDirectory _root = TempDirectory.Create("local-feed");
    private readonly Lazy<Task<string>> _pack;

    public LocalFeedFixture() => _pack = new Lazy<Task<string>>(PackAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The folder feed holding the freshly packed <c>.nupkg</c>.</summary>
    public string FeedDirectory => _root.Combine("feed");

    /// <summary>
    /// The consumers' own global packages folder. The package version never changes between local builds, so the
    /// user-wide cache would keep serving the first 0.1.0 ever restored; a per-run folder always sees this checkout.
    /// </summary>
    public string PackagesDirectory => _root.Combine("packages");

    /// <summary>Path of the packed package; packs on first call, later calls await the same pack.</summary>
    public Task<string> EnsurePackedAsync() => _pack.Value;

    /// <summary>Writes <c>NuGet.Config</c> into <paramref name="consumerDirectory"/> and returns its path.</summary>
    public string WriteNuGetConfig(string consumerDirectory)
    {
        // No <clear/>: the machine's configured sources stay, so other packages restore as usual.
        var path = Path.Combine(consumerDirectory, "NuGet.Config");
        File.WriteAllText(path, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{SecurityElement.Escape(PackagesDirectory)}" />
              </config>
              <packageSources>
                <add key="techlead-local" value="{SecurityElement.Escape(FeedDirectory)}" />
              </packageSources>
            </configuration>
            """);
        return path;
    }

    /// <summary>Where a consumer's restore unpacks the analyzer package.</summary>
    public string RestoredPackageDirectory => Path.Combine(PackagesDirectory, PackageId.ToLowerInvariant(), PackageVersion);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        _root.Dispose();
        return Task.CompletedTask;
    }

    private async Task<string> PackAsync()
    {
        Directory.CreateDirectory(FeedDirectory);
        var pack = await ProcessRunner.RunAsync(
            ProcessSpec.Dotnet(RepoPaths.Root, "pack", RepoPaths.AnalyzerPackageProject, "-c", "Release", "-o", FeedDirectory, "-nodeReuse:false", $"-p:Version={PackageVersion}"),
            PackTimeout).ConfigureAwait(false);
        pack.EnsureSuccess();

        var package = Path.Combine(FeedDirectory, $"{PackageId}.{PackageVersion}.nupkg");
        return File.Exists(package)
            ? package
            : throw new FileNotFoundException(pack.Describe($"'dotnet pack' succeeded but did not produce {package}"), package);
    }
}

[CollectionDefinition(Name)]
public sealed class LocalFeedTestGroup : ICollectionFixture<LocalFeedFixture>
{
    public const string Name = "local-feed";
}
