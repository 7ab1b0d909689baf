using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Threading.Tasks;
using System.Xml.Linq;
using TechLead.EndToEnd.Infrastructure;
using TechLead.EndToEnd.LocalFeed;

namespace TechLead.EndToEnd.DocTests;

/// <summary>
/// docs/getting-started.md, followed: the feed is packed with the page's install command, the page's copy of the
/// packages into the repository's own folder runs as written, and a repository is made of the page's own files
/// (NuGet.config, which points at that folder, the ADR, Central Package Management, the fitness test project and
/// class) plus two small projects for them to talk about, with one deliberate violation. The page's tool install
/// runs as written. The analyzer fails the build, the tool's check fails, and the fitness tests fail on net8.0, net9.0 and
/// net10.0, each naming the ADR and linking to it.
/// </summary>
[Collection(GettingStartedTestGroup.Name)]
public sealed class GettingStartedPageTests(LocalFeedFixture feed)
{
    private const string TestProject = "tests/Shop.ArchitectureTests/Shop.ArchitectureTests.csproj";
    private const string Violation = "'Shop.Domain.Legacy.OrderArchive' must not depend on 'Shop.Infrastructure.Db.ShopContext' (rule domain-no-infra: ";
    private const string AdrLink = "/shop/docs/adr/0007-domain-persistence-ignorant.md#domain-no-infra";
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(6);
    private static readonly string[] TargetFrameworks = ["net8.0", "net9.0", "net10.0"];

    private readonly DocPage _page = DocPage.Load("getting-started.md");

    [Fact]
    public void The_page_installs_with_the_command_the_test_feed_is_packed_with_then_installs_the_tool()
    {
        Assert.Equal(LocalFeedFixture.PackCommand, _page.Commands[0].Script);
        Assert.Equal("dotnet new tool-manifest\ndotnet tool install --add-source ../techlead/artifacts/packages TechLead.Cli", ToolInstall().Script);
    }

    [Fact]
    public async Task A_repository_set_up_as_the_page_shows_fails_its_build_and_its_fitness_tests_on_every_target_framework_with_the_adr_link()
    {
        await feed.EnsurePackedAsync();
        using var sandbox = DocSandbox.Create(feed, "getting-started");
        var repository = sandbox.Combine("shop");
        WriteRepository(repository);

        // The packages, copied into the repository as the page says: its NuGet.config restores from that folder.
        var runner = new DocCommandRunner(repository, sandbox.Environment);
        await runner.RunAsync(_page, CopyIntoRepository());
        Assert.Equal(
            Directory.GetFiles(feed.FeedDirectory, "*.nupkg").Select(Path.GetFileName).Order(StringComparer.Ordinal),
            Directory.GetFiles(Path.Combine(repository, "tools", "techlead-packages")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(LocalFeedFixture.PackageIds.Length, Directory.GetFiles(Path.Combine(repository, "tools", "techlead-packages"), "*.nupkg").Length);
        Assert.Contains("<add key=\"techlead\" value=\"tools/techlead-packages\" />", File.ReadAllText(Path.Combine(repository, "NuGet.config")), StringComparison.Ordinal);

        // The tool, installed as the page says.
        await runner.RunAsync(_page, ToolInstall());

        // The analyzer, referenced through Central Package Management, fails the build.
        var build = await RunAsync(sandbox, repository, "dotnet", "build", TestProject, "-nologo");
        Assert.True(build.ExitCode == 1, build.Describe("the analyzer should fail the build"));
        Assert.Contains("Legacy/OrderArchive.cs(5,", build.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("error TL0002: [ADR-0007] " + Violation, build.StandardOutput, StringComparison.Ordinal);
        Assert.Contains(AdrLink, build.StandardOutput, StringComparison.Ordinal);

        // The tool sees the same violation in the restored solution.
        var check = await RunAsync(sandbox, repository, "dotnet", "techlead", "check");
        Assert.True(check.ExitCode == 1, check.Describe("the deliberate violation should fail 'techlead check'"));
        Assert.Contains("[ADR-0007] " + Violation, check.StandardOutput, StringComparison.Ordinal);

        // The fitness tests, once per target framework (roll-forward runs net8.0 and net9.0 where only .NET 10 is installed).
        var results = sandbox.Combine("results");
        var test = await RunAsync(sandbox, repository, "dotnet", "test", TestProject, "-p:RunAnalyzers=false", "--logger", "trx;LogFilePrefix=fitness", "--results-directory", results);
        Assert.True(test.ExitCode == 1, test.Describe("the deliberate violation should fail the fitness tests"));
        foreach (var framework in TargetFrameworks)
        {
            var trx = Assert.Single(Directory.GetFiles(results, $"fitness_{framework}_*.trx"));
            var outcomes = XDocument.Load(trx).Descendants().Where(e => e.Name.LocalName == "UnitTestResult").ToDictionary(e => (string)e.Attribute("testName")!, e => (string)e.Attribute("outcome")!);
            Assert.Equal(new[] { ("ADR validation", "Passed"), ("ADR-0007/domain-no-infra", "Failed") }, outcomes.Select(o => (o.Key, o.Value)).Order());
            var message = XDocument.Load(trx).Descendants().First(e => e.Name.LocalName == "Message").Value;
            Assert.Contains("[ADR-0007] " + Violation, message, StringComparison.Ordinal);
            Assert.Contains(AdrLink, message, StringComparison.Ordinal);

            // The test ran against the package's build for its own framework.
            Assert.Equal(await PackedFitnessAssemblyAsync(framework), await File.ReadAllBytesAsync(Path.Combine(repository, "tests", "Shop.ArchitectureTests", "bin", "Debug", framework, "TechLead.Fitness.dll")));
        }
    }

    /// <summary>The page's block that copies the packed packages into a folder of the consumer's repository.</summary>
    private DocCommandBlock CopyIntoRepository() => Assert.Single(_page.Commands, c => c.Script.StartsWith("mkdir -p tools/techlead-packages", StringComparison.Ordinal));

    /// <summary>The page's block that installs the tool (its other blocks show <c>techlead</c> usage on a machine that has it).</summary>
    private DocCommandBlock ToolInstall() => Assert.Single(_page.Commands, c => c.Script.StartsWith("dotnet new tool-manifest", StringComparison.Ordinal));

    private void WriteRepository(string repository)
    {
        foreach (var file in _page.Files)
        {
            Write(repository, file.Path, file.Content);
        }

        const string Library = """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>netstandard2.0</TargetFramework>
              </PropertyGroup>
            {0}</Project>
            """;
        Write(repository, "src/Shop.Domain/Shop.Domain.csproj", string.Format(System.Globalization.CultureInfo.InvariantCulture, Library, ""));
        Write(repository, "src/Shop.Domain/Order.cs", "namespace Shop.Domain\n{\n    public sealed class Order\n    {\n    }\n}\n");
        Write(repository, "src/Shop.Infrastructure/Shop.Infrastructure.csproj", string.Format(System.Globalization.CultureInfo.InvariantCulture, Library, """
              <ItemGroup>
                <ProjectReference Include="../Shop.Domain/Shop.Domain.csproj" />
              </ItemGroup>

            """));
        Write(repository, "src/Shop.Infrastructure/Db/ShopContext.cs", "namespace Shop.Infrastructure.Db\n{\n    public sealed class ShopContext\n    {\n        public Shop.Domain.Order Find(int id) => null;\n    }\n}\n");
        // A domain type that was put next to the database code and uses it: what ADR-0007 forbids.
        Write(repository, "src/Shop.Infrastructure/Legacy/OrderArchive.cs", "namespace Shop.Domain.Legacy\n{\n    public sealed class OrderArchive\n    {\n        public Shop.Infrastructure.Db.ShopContext Context { get; set; }\n    }\n}\n");
        Write(repository, "Shop.slnx", """
            <Solution>
              <Project Path="src/Shop.Domain/Shop.Domain.csproj" />
              <Project Path="src/Shop.Infrastructure/Shop.Infrastructure.csproj" />
              <Project Path="tests/Shop.ArchitectureTests/Shop.ArchitectureTests.csproj" />
            </Solution>

            """);
    }

    private async Task<byte[]> PackedFitnessAssemblyAsync(string framework)
    {
        using var zip = ZipFile.OpenRead(await feed.PackageAsync("TechLead.Fitness"));
        await using var stream = zip.GetEntry($"lib/{framework}/TechLead.Fitness.dll")!.Open();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }

    private static void Write(string root, string relativePath, string content)
    {
        var path = Path.Combine(root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    private static Task<ProcessResult> RunAsync(DocSandbox sandbox, string directory, string fileName, params string[] arguments) =>
        ProcessRunner.RunAsync(new ProcessSpec(fileName, arguments, directory) { Environment = sandbox.Environment }, Timeout);
}
