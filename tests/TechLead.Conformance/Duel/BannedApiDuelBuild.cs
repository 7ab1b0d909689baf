using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using TechLead.EndToEnd.Infrastructure;
using TechLead.EndToEnd.LocalFeed;

namespace TechLead.Conformance.Duel;

/// <summary>
/// The duel project (Duel/Billing) built once per test run with Microsoft.CodeAnalysis.BannedApiAnalyzers
/// (RS0030, from its BannedSymbols.txt) and the freshly packed TechLead analyzer (TL0101, from an ADR
/// written from the same BannedSymbols.txt, so both ban exactly the same symbols).
/// </summary>
public sealed class BannedApiDuelBuild : IAsyncLifetime
{
    public const string BannedApiAnalyzersVersion = "5.6.0";
    private const string ProjectDirectory = "src/Billing";

    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(6);
    private static readonly Regex DiagnosticLine = new(@"^(?<file>[^\s(][^(]*)\((?<line>\d+),\d+\): warning (?<id>RS0030|TL0101): (?<message>.*?)(?: \[[^\]]*\])?$", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    private readonly LocalFeedFixture feed = new();
    private readonly TempDirectory repository = TempDirectory.Create("banned-api-duel");

    internal IReadOnlyList<DuelFinding> Findings { get; private set; } = [];

    /// <summary>The duel's sources by file name, as lines.</summary>
    internal IReadOnlyDictionary<string, string[]> Sources { get; private set; } = new Dictionary<string, string[]>();

    public static string SourceDirectory => Path.Combine(AppContext.BaseDirectory, "Duel", "Billing");

    public async Task InitializeAsync()
    {
        await feed.EnsurePackedAsync().ConfigureAwait(false);
        repository.WriteFile("Directory.Build.props", "<Project />\n");
        repository.WriteFile("Directory.Build.targets", "<Project />\n");
        repository.WriteFile("Directory.Packages.props", "<Project />\n");
        feed.WriteNuGetConfig(repository.Path);

        var sources = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var path in Directory.GetFiles(SourceDirectory, "*.cs"))
        {
            var text = File.ReadAllText(path);
            repository.WriteFile(Path.Combine(ProjectDirectory, Path.GetFileName(path)), text);
            sources[Path.GetFileName(path)] = text.Split('\n');
        }

        Sources = sources;
        var bannedSymbols = File.ReadAllText(Path.Combine(SourceDirectory, "BannedSymbols.txt"));
        repository.WriteFile(Path.Combine(ProjectDirectory, "BannedSymbols.txt"), bannedSymbols);
        repository.WriteFile(Path.Combine("docs", "adr", "0001-billing-bans.md"), AdrFrom(bannedSymbols));
        repository.WriteFile(Path.Combine(ProjectDirectory, "Billing.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
                <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
                <!-- The duel uses obsolete members and an unused event on purpose. -->
                <NoWarn>$(NoWarn);CS0618;CS0612;CS0067</NoWarn>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="{LocalFeedFixture.PackageId}" Version="{LocalFeedFixture.PackageVersion}" PrivateAssets="all" />
                <PackageReference Include="Microsoft.CodeAnalysis.BannedApiAnalyzers" Version="{BannedApiAnalyzersVersion}" PrivateAssets="all" />
                <AdditionalFiles Include="BannedSymbols.txt" />
              </ItemGroup>
            </Project>
            """);

        var build = await ProcessRunner.RunAsync(
            ProcessSpec.Dotnet(repository.Combine(ProjectDirectory), "build", "Billing.csproj", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-clp:NoSummary"),
            BuildTimeout).ConfigureAwait(false);
        build.EnsureSuccess();
        Findings = Parse(build.StandardOutput, repository.Combine(ProjectDirectory) + Path.DirectorySeparatorChar);
    }

    public async Task DisposeAsync()
    {
        await feed.DisposeAsync().ConfigureAwait(false);
        repository.Dispose();
    }

    /// <summary>The ADR for TechLead: one banned-api rule whose entries are the lines of BannedSymbols.txt (ID; message as because).</summary>
    public static string AdrFrom(string bannedSymbols)
    {
        var adr = new StringBuilder("""
            ---
            id: ADR-0001
            title: The billing module bans legacy and ambient APIs
            status: accepted
            rules:
              - id: billing-bans
                kind: banned-api
                severity: warning
                apis:

            """);
        foreach (var line in bannedSymbols.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            var separator = line.IndexOf(';', StringComparison.Ordinal);
            var symbol = separator < 0 ? line : line.Substring(0, separator);
            var because = separator < 0 ? "banned" : line.Substring(separator + 1);
            adr.Append("      - symbol: '").Append(symbol.Replace("'", "''", StringComparison.Ordinal)).Append("'\n");
            adr.Append("        because: '").Append(because.Replace("'", "''", StringComparison.Ordinal)).Append("'\n");
        }

        return adr.Append("---\n# The billing module bans legacy and ambient APIs\n").ToString();
    }

    private static List<DuelFinding> Parse(string output, string projectDirectory)
    {
        var findings = new HashSet<DuelFinding>();
        foreach (Match match in DiagnosticLine.Matches(output.Replace("\r", string.Empty, StringComparison.Ordinal)))
        {
            var file = match.Groups["file"].Value.Trim();
            file = file.StartsWith(projectDirectory, StringComparison.Ordinal) ? file.Substring(projectDirectory.Length) : Path.GetFileName(file);
            findings.Add(new DuelFinding(match.Groups["id"].Value, file, int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture), match.Groups["message"].Value));
        }

        return findings.OrderBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Id, StringComparer.Ordinal).ToList();
    }
}
