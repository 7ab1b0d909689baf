using System;
using System.IO;
using System.Security;
using System.Threading;
using System.Threading.Tasks;
using TechLead.EndToEnd.Infrastructure;
using Xunit;

namespace TechLead.EndToEnd.LocalFeed;

/// <summary>
/// Packs this checkout once per test run into a folder feed with the command docs/getting-started.md gives
/// (<see cref="PackCommand"/>: every package a consumer needs), and writes consumer NuGet.Config files that add
/// that feed to the machine's normal sources. Packing is lazy (first <see cref="EnsurePackedAsync"/>), so a
/// collection whose tests are all skipped never packs.
/// </summary>
public sealed class LocalFeedFixture : IAsyncLifetime
{
    public const string PackageId = "TechLead.Analyzers";
    public const string PackageVersion = "0.1.0";

    /// <summary>The install-from-source command of docs/getting-started.md, run from the repository root.</summary>
    public const string PackCommand = "dotnet pack TechLead.sln -c Release -o artifacts/packages";

    /// <summary>The packages <see cref="PackCommand"/> produces, and nothing else.</summary>
    public static readonly string[] PackageIds = ["TechLead.Analyzers", "TechLead.Cli", "TechLead.Fitness", "TechLead.Rules"];

    // A Release build of four projects (Fitness three times); a busy 2-core machine took over 8 minutes.
    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(15);

    private readonly TempDirectory _root = TempDirectory.Create("local-feed");
    private readonly Lazy<Task> _pack;

    public LocalFeedFixture() => _pack = new Lazy<Task>(PackAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The folder feed holding the freshly packed <c>.nupkg</c> files.</summary>
    public string FeedDirectory => _root.Combine("feed");

    /// <summary>
    /// The consumers' own global packages folder. The package version never changes between local builds, so the
    /// user-wide cache would keep serving the first 0.1.0 ever restored; a per-run folder always sees this checkout.
    /// </summary>
    public string PackagesDirectory => _root.Combine("packages");

    /// <summary>Path of the packed analyzer package; packs on first call, later calls await the same pack.</summary>
    public Task<string> EnsurePackedAsync() => PackageAsync(PackageId);

    /// <summary>Path of the packed package <paramref name="packageId"/> (one of <see cref="PackageIds"/>).</summary>
    public async Task<string> PackageAsync(string packageId)
    {
        await _pack.Value.ConfigureAwait(false);
        return PackagePath(packageId);
    }

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

    private string PackagePath(string packageId) => Path.Combine(FeedDirectory, $"{packageId}.{PackageVersion}.nupkg");

    private async Task PackAsync()
    {
        Directory.CreateDirectory(FeedDirectory);
        // The documented command with the output folder swapped for this run's feed.
        string[] arguments = [.. PackCommand.Split(' ')[1..^1], FeedDirectory, "-nodeReuse:false"];
        var pack = await ProcessRunner.RunAsync(ProcessSpec.Dotnet(RepoPaths.Root, arguments), PackTimeout).ConfigureAwait(false);
        pack.EnsureSuccess();

        foreach (var packageId in PackageIds)
        {
            var package = PackagePath(packageId);
            if (!File.Exists(package))
            {
                throw new FileNotFoundException(pack.Describe($"'dotnet pack' succeeded but did not produce {package}"), package);
            }
        }
    }
}

[CollectionDefinition(Name)]
public sealed class LocalFeedTestGroup : ICollectionFixture<LocalFeedFixture>
{
    public const string Name = "local-feed";
}
