using System;
using System.IO;
using System.Linq;
using System.Security;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using TechLead.EndToEnd.Infrastructure;
using Xunit;

namespace TechLead.EndToEnd.LocalFeed;

/// <summary>
/// The folder feed of this checkout, packed with the command docs/getting-started.md gives (<see cref="PackCommand"/>:
/// every package a consumer needs), and consumer NuGet.Config files that add that feed to the machine's normal sources.
/// <para>
/// One feed serves every test class and every test project of a run (EndToEnd, Conformance and Cli.Tests run side by
/// side under <c>dotnet test TechLead.sln</c>): <see cref="PackedFeed"/> packs it once, in a folder of its own per
/// checkout, and packs again only when the sources it is packed from change. Packing is lazy (first
/// <see cref="EnsurePackedAsync"/>), so a run whose feed tests are all skipped or filtered out never packs.
/// </para>
/// </summary>
public sealed class LocalFeedFixture : IAsyncLifetime
{
    public const string PackageId = "TechLead.Analyzers";
    public const string PackageVersion = "0.1.0";

    /// <summary>The install-from-source command of docs/getting-started.md, run from the repository root.</summary>
    public const string PackCommand = "dotnet pack TechLead.sln -c Release -o artifacts/packages";

    /// <summary>The packages <see cref="PackCommand"/> produces, and nothing else.</summary>
    public static readonly string[] PackageIds = ["TechLead.Analyzers", "TechLead.Cli", "TechLead.Fitness", "TechLead.Rules"];

    private readonly PackedFeed _feed = PackedFeed.OfThisCheckout;

    /// <summary>The folder feed holding the freshly packed <c>.nupkg</c> files.</summary>
    public string FeedDirectory => _feed.FeedDirectory;

    /// <summary>
    /// The consumers' own global packages folder, emptied whenever the feed is packed again. The package version never
    /// changes between local builds, so the user-wide cache would keep serving the first 0.1.0 ever restored.
    /// </summary>
    public string PackagesDirectory => _feed.PackagesDirectory;

    /// <summary>Where a consumer's restore unpacks the analyzer package.</summary>
    public string RestoredPackageDirectory => Path.Combine(PackagesDirectory, PackageId.ToLowerInvariant(), PackageVersion);

    /// <summary>Path of the packed analyzer package; packs on first call, later calls await the same pack.</summary>
    public Task<string> EnsurePackedAsync() => PackageAsync(PackageId);

    /// <summary>Path of the packed package <paramref name="packageId"/> (one of <see cref="PackageIds"/>).</summary>
    public async Task<string> PackageAsync(string packageId)
    {
        await _feed.EnsurePackedAsync().ConfigureAwait(false);
        return Path.Combine(FeedDirectory, $"{packageId}.{PackageVersion}.nupkg");
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

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Nothing to do: the feed outlives the fixture, for the next class, project or run of the same sources.</summary>
    public Task DisposeAsync() => Task.CompletedTask;
}

/// <summary>
/// The feed of one checkout, in the system temp folder: <c>feed/</c> (the packages), <c>packages/</c> (the consumers'
/// global packages folder) and the hash of the sources they were packed from. Test processes take turns through a lock
/// file: the first packs, the others wait and reuse its packages, as does a later run of the same sources.
/// (Kept in this file: Conformance and Cli.Tests compile it by link.)
/// </summary>
internal sealed class PackedFeed
{
    // A Release build of four projects (Fitness three times); a busy 2-core machine took over 8 minutes.
    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(15);

    /// <summary>What <see cref="LocalFeedFixture.PackCommand"/> packs from: a change to any of these packs again.</summary>
    private static readonly string[] SourceFolders = ["src", "rules"];

    private static readonly string[] SourceFiles = ["TechLead.sln", "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", "global.json", "NuGet.config"];

    private readonly string _repositoryRoot;
    private readonly string _root;
    private readonly Lazy<Task> _pack;

    private PackedFeed(string repositoryRoot)
    {
        _repositoryRoot = repositoryRoot;
        _root = Path.Combine(Path.GetTempPath(), "techlead-e2e", "feed-" + Hash(Encoding.UTF8.GetBytes(repositoryRoot))[..16]);
        _pack = new Lazy<Task>(PackUnlessCurrentAsync, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public static PackedFeed OfThisCheckout { get; } = new(RepoPaths.Root);

    public string FeedDirectory => Path.Combine(_root, "feed");

    public string PackagesDirectory => Path.Combine(_root, "packages");

    private string StampFile => Path.Combine(_root, "packed-from.sha256");

    /// <summary>Completes once the feed holds the packages of the current sources; packs at most once per process.</summary>
    public Task EnsurePackedAsync() => _pack.Value;

    private async Task PackUnlessCurrentAsync()
    {
        Directory.CreateDirectory(_root);
        var stamp = SourceStamp(_repositoryRoot);
        using var turn = await TakeTurnAsync().ConfigureAwait(false);
        if (File.Exists(StampFile) && File.ReadAllText(StampFile) == stamp && LocalFeedFixture.PackageIds.All(id => File.Exists(PackagePath(id))))
        {
            return;
        }

        File.Delete(StampFile);
        DeleteDirectory(FeedDirectory);
        // Consumers restored the previous 0.1.0 here; they must see the new one.
        DeleteDirectory(PackagesDirectory);
        Directory.CreateDirectory(FeedDirectory);

        // The documented command with the output folder swapped for the feed.
        string[] arguments = [.. LocalFeedFixture.PackCommand.Split(' ')[1..^1], FeedDirectory, "-nodeReuse:false"];
        var pack = await ProcessRunner.RunAsync(ProcessSpec.Dotnet(_repositoryRoot, arguments), PackTimeout).ConfigureAwait(false);
        pack.EnsureSuccess();
        foreach (var packageId in LocalFeedFixture.PackageIds)
        {
            var package = PackagePath(packageId);
            if (!File.Exists(package))
            {
                throw new FileNotFoundException(pack.Describe($"'dotnet pack' succeeded but did not produce {package}"), package);
            }
        }

        File.WriteAllText(StampFile, stamp);
    }

    private string PackagePath(string packageId) => Path.Combine(FeedDirectory, $"{packageId}.{LocalFeedFixture.PackageVersion}.nupkg");

    /// <summary>The lock file, held exclusively (released when the stream closes, also when the process dies).</summary>
    private async Task<FileStream> TakeTurnAsync()
    {
        var path = Path.Combine(_root, ".lock");
        var deadline = DateTime.UtcNow + PackTimeout + TimeSpan.FromMinutes(1);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(TimeSpan.FromSeconds(1)).ConfigureAwait(false);
            }
        }
    }

    /// <summary>A hash of every file the pack reads from <paramref name="repositoryRoot"/> (build outputs aside), by path and content.</summary>
    internal static string SourceStamp(string repositoryRoot)
    {
        var files = SourceFolders
            .Select(folder => Path.Combine(repositoryRoot, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            .Concat(SourceFiles.Select(file => Path.Combine(repositoryRoot, file)).Where(File.Exists))
            .Select(path => Path.GetRelativePath(repositoryRoot, path).Replace('\\', '/'))
            .Where(relative => !relative.Split('/').Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal);
        using var content = new MemoryStream();
        foreach (var relative in files)
        {
            content.Write(Encoding.UTF8.GetBytes(relative + "\0"));
            content.Write(File.ReadAllBytes(Path.Combine(repositoryRoot, relative)));
            content.WriteByte(0);
        }

        return Hash(content.ToArray());
    }

    private static string Hash(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes));

    private static void DeleteDirectory(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }
}
