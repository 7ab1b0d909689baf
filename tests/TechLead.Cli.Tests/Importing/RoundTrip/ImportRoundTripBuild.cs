using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using TechLead.Cli.Tests.Support;
using TechLead.EndToEnd.Infrastructure;
using TechLead.EndToEnd.LocalFeed;

namespace TechLead.Cli.Tests.Importing.RoundTrip;

/// <summary>
/// Both round trips, built once per test run: each fixture (Importing/Fixtures) is copied to a temporary repository,
/// imported with the real <c>techlead import</c>, and built for real with the freshly packed TechLead analyzer (and,
/// for CleanShop, BannedApiAnalyzers 5.6.0 reading the original BannedSymbols.txt). The diagnostics are kept per build.
/// </summary>
public sealed class ImportRoundTripBuild : IAsyncLifetime
{
    public const string BannedApiAnalyzersVersion = "5.6.0";

    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(8);
    private static readonly Regex DiagnosticLine = new(@"^(?<file>[^\s(][^(\n]*)\((?<line>\d+),\d+\): (?:warning|error|info) (?<id>RS0030|TL\d{4}): (?<message>.*?)(?: \((?:https?|file):[^ ]*\))?(?: \[[^\]]*\])?$", RegexOptions.Multiline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5));

    private readonly LocalFeedFixture feed = new();
    private readonly List<TempDirectory> repositories = [];

    public Fixture CleanShop { get; private set; } = null!;

    public Fixture Platform { get; private set; } = null!;

    public static string FixturesDirectory => Path.Combine(AppContext.BaseDirectory, "Importing", "Fixtures");

    public async Task InitializeAsync()
    {
        await feed.EnsurePackedAsync().ConfigureAwait(false);
        CleanShop = await BuildAsync("CleanShop", Path.Combine("src", "Acme.Shop.Infrastructure", "Acme.Shop.Infrastructure.csproj"), withBannedApiAnalyzers: true).ConfigureAwait(false);
        Platform = await BuildAsync("Platform", Path.Combine("src", "Acme.Platform", "Acme.Platform.csproj"), withBannedApiAnalyzers: false).ConfigureAwait(false);
    }

    public async Task DisposeAsync()
    {
        await feed.DisposeAsync().ConfigureAwait(false);
        foreach (var repository in repositories)
        {
            repository.Dispose();
        }
    }

    private async Task<Fixture> BuildAsync(string name, string project, bool withBannedApiAnalyzers)
    {
        var repository = TempDirectory.Create("import-" + name.ToLowerInvariant());
        repositories.Add(repository);
        var source = Path.Combine(FixturesDirectory, name);
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            repository.WriteFile(Path.GetRelativePath(source, file), File.ReadAllText(file));
        }

        Directory.CreateDirectory(repository.Combine("docs", "adr"));
        var import = TechLeadTool.Run(repository.Path, "import", ".");
        Assert.True(import.ExitCode == 0, import.ToString());

        var bannedApiAnalyzers = withBannedApiAnalyzers
            ? $"""<PackageReference Include="Microsoft.CodeAnalysis.BannedApiAnalyzers" Version="{BannedApiAnalyzersVersion}" PrivateAssets="all" />"""
            : string.Empty;
        repository.WriteFile("Directory.Build.props", $"""
            <Project>
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
                <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="{LocalFeedFixture.PackageId}" Version="{LocalFeedFixture.PackageVersion}" PrivateAssets="all" />
                {bannedApiAnalyzers}
              </ItemGroup>
            </Project>
            """);
        repository.WriteFile("Directory.Build.targets", "<Project />\n");
        repository.WriteFile("Directory.Packages.props", "<Project />\n");
        feed.WriteNuGetConfig(repository.Path);

        var build = await ProcessRunner.RunAsync(
            ProcessSpec.Dotnet(repository.Path, "build", project, "-nodeReuse:false", "-p:UseSharedCompilation=false", "-clp:NoSummary"),
            BuildTimeout).ConfigureAwait(false);
        build.EnsureSuccess();
        var adrs = Directory.GetFiles(repository.Combine("docs", "adr"), "*.md").OrderBy(p => p, StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        return new Fixture(repository.Path, import.Stdout, adrs, Parse(build.StandardOutput, repository.Path + Path.DirectorySeparatorChar));
    }

    private static List<BuildFinding> Parse(string output, string root)
    {
        var findings = new HashSet<BuildFinding>();
        foreach (Match match in DiagnosticLine.Matches(output.Replace("\r", string.Empty, StringComparison.Ordinal)))
        {
            var file = match.Groups["file"].Value.Trim();
            file = (file.StartsWith(root, StringComparison.Ordinal) ? file.Substring(root.Length) : file).Replace('\\', '/');
            findings.Add(new BuildFinding(match.Groups["id"].Value, file, int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture), match.Groups["message"].Value));
        }

        return [.. findings.OrderBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Id, StringComparer.Ordinal)];
    }

    /// <summary>One imported and built fixture: where it is, what import printed, the ADRs it wrote, what the build reported.</summary>
    public sealed record Fixture(string Root, string ImportOutput, IReadOnlyList<string> Adrs, IReadOnlyList<BuildFinding> Findings)
    {
        public string[] SourceLines(string relativePath) => File.ReadAllLines(Path.Combine(Root, relativePath));
    }
}

/// <summary>The round trips share one pack and one build of each fixture.</summary>
[CollectionDefinition(Name)]
public sealed class ImportRoundTripGroup : ICollectionFixture<ImportRoundTripBuild>
{
    public const string Name = "import-round-trip";
}

/// <summary>One diagnostic of a build: its ID, the file (repository-relative, '/'), the line and the message.</summary>
public sealed record BuildFinding(string Id, string File, int Line, string Message);
