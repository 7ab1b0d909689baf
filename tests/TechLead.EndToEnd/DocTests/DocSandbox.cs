using System;
using System.Collections.Generic;
using System.IO;
using TechLead.EndToEnd.Infrastructure;
using TechLead.EndToEnd.LocalFeed;

namespace TechLead.EndToEnd.DocTests;

/// <summary>
/// The folder a page's reader works in: it holds the TechLead clone's <c>techlead/artifacts/packages</c> (here a link
/// to this run's freshly packed feed), so the pages' relative path <c>../techlead/artifacts/packages</c> works as
/// written. Packages restore into the feed's own global packages folder and local tools resolve in the sandbox's own
/// CLI home, never in the user's.
/// </summary>
internal sealed class DocSandbox : IDisposable
{
    private readonly TempDirectory _root;

    private DocSandbox(TempDirectory root, LocalFeedFixture feed)
    {
        _root = root;
        var environment = new Dictionary<string, string?>(DotnetEnvironment.ForChildProcess(), StringComparer.Ordinal)
        {
            ["NUGET_PACKAGES"] = feed.PackagesDirectory,
            // The CLI caches where a local tool's package was found (toolResolverCache) by id and version only: a
            // machine-wide cache would start an older build of TechLead.Cli 0.1.0 from another run's packages folder.
            ["DOTNET_CLI_HOME"] = root.Combine("dotnet-home"),
        };
        Environment = environment;
    }

    public string Path => _root.Path;

    public IReadOnlyDictionary<string, string?> Environment { get; }

    public static DocSandbox Create(LocalFeedFixture feed, string purpose)
    {
        var root = TempDirectory.Create(purpose);
        var artifacts = root.Combine("techlead", "artifacts");
        Directory.CreateDirectory(artifacts);
        Directory.CreateSymbolicLink(System.IO.Path.Combine(artifacts, "packages"), feed.FeedDirectory);
        return new DocSandbox(root, feed);
    }

    public string Combine(params string[] relative) => _root.Combine(relative);

    public void Dispose() => _root.Dispose();
}
