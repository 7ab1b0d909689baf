using System;
using System.IO;
using System.Threading.Tasks;
using TechLead.EndToEnd.Infrastructure;
using TechLead.EndToEnd.LocalFeed;

namespace TechLead.EndToEnd.CiTemplates;

/// <summary>
/// The repository a CI template runs on, as a team has it after docs/getting-started.md: the packed packages
/// committed in <c>tools/techlead-packages</c>, <c>NuGet.config</c> pointing there by a relative path, the tool manifest,
/// the analyzer in <c>Directory.Build.props</c>, an empty baseline and an ADR with one <c>warning</c> rule that the
/// code already breaks once (so every output has a finding and its link, while the build and the gates pass).
/// <c>main</c> holds that; the branch <c>feature</c> adds a second violation, for pull-request mode.
/// </summary>
internal sealed class CiConsumerOrigin : IDisposable
{
    public const string AdrPath = "docs/adr/0002-domain-stays-persistence-ignorant.md";
    public const string RuleId = "domain-no-infra";
    public const string FeatureBranch = "feature";
    public const string LegacyViolation = "src/Orders.Infrastructure/Legacy/OrderArchive.cs";
    public const string NewViolation = "src/Orders.Infrastructure/Legacy/OrderExport.cs";

    private static readonly TimeSpan GitTimeout = TimeSpan.FromMinutes(1);

    private readonly TempDirectory _directory;

    private CiConsumerOrigin(TempDirectory directory) => _directory = directory;

    /// <summary>The origin's working tree (clones read it as their <c>origin</c>).</summary>
    public string Path => _directory.Combine("origin");

    public string MainCommit { get; private set; } = string.Empty;

    public string FeatureCommit { get; private set; } = string.Empty;

    public static async Task<CiConsumerOrigin> CreateAsync(LocalFeedFixture feed, string purpose)
    {
        await feed.EnsurePackedAsync().ConfigureAwait(false);
        var origin = new CiConsumerOrigin(TempDirectory.Create(purpose));
        try
        {
            await origin.WriteAsync(feed).ConfigureAwait(false);
            return origin;
        }
        catch
        {
            origin.Dispose();
            throw;
        }
    }

    /// <summary>A full clone of <paramref name="branch"/> in <paramref name="destination"/>, as a runner's checkout with all history.</summary>
    public async Task CloneAsync(string destination, string branch)
    {
        await GitAsync(System.IO.Path.GetDirectoryName(destination)!, "clone", "--quiet", "--branch", branch, Path, destination).ConfigureAwait(false);
    }

    public void Dispose() => _directory.Dispose();

    private async Task WriteAsync(LocalFeedFixture feed)
    {
        var packages = System.IO.Path.Combine(Path, "tools", "techlead-packages");
        Directory.CreateDirectory(packages);
        foreach (var id in LocalFeedFixture.PackageIds)
        {
            File.Copy(await feed.PackageAsync(id).ConfigureAwait(false), System.IO.Path.Combine(packages, $"{id}.{LocalFeedFixture.PackageVersion}.nupkg"));
        }

        foreach (var (path, content) in Files)
        {
            Write(path, content);
        }

        await GitAsync(Path, "init", "--quiet", "--initial-branch=main").ConfigureAwait(false);
        MainCommit = await CommitAsync("Orders with TechLead").ConfigureAwait(false);
        await GitAsync(Path, "checkout", "--quiet", "-b", FeatureBranch).ConfigureAwait(false);
        Write(NewViolation, DomainTypeUsingTheStore("OrderExport"));
        FeatureCommit = await CommitAsync("Export orders").ConfigureAwait(false);
        await GitAsync(Path, "checkout", "--quiet", "main").ConfigureAwait(false);
    }

    private async Task<string> CommitAsync(string message)
    {
        await GitAsync(Path, "add", "--all").ConfigureAwait(false);
        await GitAsync(Path, "-c", "user.name=Orders team", "-c", "user.email=orders@example.com", "-c", "commit.gpgsign=false", "commit", "--quiet", "-m", message).ConfigureAwait(false);
        return (await GitAsync(Path, "rev-parse", "HEAD").ConfigureAwait(false)).Trim();
    }

    private void Write(string relativePath, string content)
    {
        var path = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    private static async Task<string> GitAsync(string directory, params string[] arguments)
    {
        var git = await ProcessRunner.RunAsync(new ProcessSpec("git", arguments, directory), GitTimeout).ConfigureAwait(false);
        return git.EnsureSuccess().StandardOutput;
    }

    private static string DomainTypeUsingTheStore(string name) =>
        $"namespace Orders.Domain.Legacy\n{{\n    public sealed class {name}\n    {{\n        public Orders.Infrastructure.Db.OrderStore? Store {{ get; set; }}\n    }}\n}}\n";

    private static (string Path, string Content)[] Files =>
    [
        (".gitignore", "bin/\nobj/\n"),
        ("NuGet.config", """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="techlead" value="tools/techlead-packages" />
              </packageSources>
            </configuration>

            """),
        ("dotnet-tools.json", $$"""
            {
              "version": 1,
              "isRoot": true,
              "tools": {
                "techlead.cli": {
                  "version": "{{LocalFeedFixture.PackageVersion}}",
                  "commands": [
                    "techlead"
                  ],
                  "rollForward": false
                }
              }
            }

            """),
        ("Directory.Build.props", $"""
            <Project>
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="TechLead.Analyzers" Version="{LocalFeedFixture.PackageVersion}" PrivateAssets="all" />
              </ItemGroup>
            </Project>

            """),
        // The temp folder is not a repository root: nothing above it may be imported.
        ("Directory.Build.targets", "<Project />\n"),
        ("Directory.Packages.props", "<Project />\n"),
        ("techlead.baseline.json", "{\n  \"version\": 1,\n  \"entries\": []\n}\n"),
        ("Orders.slnx", """
            <Solution>
              <Project Path="src/Orders.Domain/Orders.Domain.csproj" />
              <Project Path="src/Orders.Infrastructure/Orders.Infrastructure.csproj" />
            </Solution>

            """),
        ("src/Orders.Domain/Orders.Domain.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />\n"),
        ("src/Orders.Domain/Order.cs", "namespace Orders.Domain\n{\n    public sealed class Order\n    {\n    }\n}\n"),
        ("src/Orders.Infrastructure/Orders.Infrastructure.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup>
                <ProjectReference Include="../Orders.Domain/Orders.Domain.csproj" />
              </ItemGroup>
            </Project>

            """),
        ("src/Orders.Infrastructure/Db/OrderStore.cs", "namespace Orders.Infrastructure.Db\n{\n    public sealed class OrderStore\n    {\n        public Orders.Domain.Order? Find(int id) => null;\n    }\n}\n"),
        (LegacyViolation, DomainTypeUsingTheStore("OrderArchive")),
        ("docs/adr/0001-record-architecture-decisions.md", """
            ---
            id: ADR-0001
            title: Record architecture decisions
            status: accepted
            enforcement: "manual: reviewers ask for an ADR"
            ---
            # Record architecture decisions

            We record the decisions that shape the code as ADRs in docs/adr.

            """),
        (AdrPath, $"""
            ---
            id: ADR-0002
            title: Domain stays persistence-ignorant
            status: accepted
            rules:
              - id: {RuleId}
                kind: forbid
                from: Orders.Domain.**
                to: Orders.Infrastructure.**
                severity: warning
            ---
            # Domain stays persistence-ignorant

            The domain model must not know how it is stored. Legacy types still do; they warn until they move.

            """),
    ];
}
