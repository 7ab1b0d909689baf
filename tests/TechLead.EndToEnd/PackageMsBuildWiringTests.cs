using System;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using TechLead.EndToEnd.LocalFeed;

namespace TechLead.EndToEnd;

/// <summary>
/// What the package's build/ props and targets do to a consumer project restored from the local feed: which ADR files
/// and baseline become <c>AdditionalFiles</c>, and which values the TechLead properties end up with, by default and when
/// the consumer sets them (in Directory.Build.props, in the project body, on the command line).
/// </summary>
public sealed class PackageMsBuildWiringTests(LocalFeedFixture feed) : IClassFixture<LocalFeedFixture>, IDisposable
{
    private static readonly string Separator = Path.DirectorySeparatorChar.ToString();
    private static readonly TimeSpan Budget = TimeSpan.FromMinutes(4);

    private readonly CancellationTokenSource _budget = new(Budget);

    [Fact]
    public async Task By_default_every_md_and_puml_under_the_nearest_docs_adr_and_the_baseline_become_additional_files()
    {
        using var repo = ConsumerRepository.Create(feed);
        repo.WriteFile("docs/adr/0001-layers.md", "# Layers\n");
        repo.WriteFile("docs/adr/context-map.puml", "@startuml\n[Ordering] --> [Catalog]\n@enduml\n");
        repo.WriteFile("docs/adr/modules/0002-billing.md", "# Billing\n");
        repo.WriteFile("docs/adr/notes.txt", "not an ADR\n");
        repo.WriteFile("docs/context.puml", "@startuml\n@enduml\n");
        repo.WriteFile("techlead.baseline.json", "{ \"version\": 1, \"entries\": [] }\n");

        var evaluation = await EvaluateAsync(repo);

        Assert.Equal(
            [
                $"{repo.FullPath("docs/adr/0001-layers.md")}|adr",
                $"{repo.FullPath("docs/adr/context-map.puml")}|adr",
                $"{repo.FullPath("docs/adr/modules/0002-billing.md")}|adr",
                $"{repo.FullPath("techlead.baseline.json")}|baseline",
            ],
            evaluation.AdditionalFilesWithKind());
        Assert.Equal(repo.FullPath("docs/adr") + Separator, evaluation.Property("TechLeadAdrDirectory"));
        Assert.Equal(repo.Root, evaluation.Property("TechLeadRepositoryRoot"));
        Assert.Equal(repo.FullPath("techlead.baseline.json"), evaluation.Property("TechLeadBaseline"));
        Assert.Equal("", evaluation.Property("TechLeadAdrBaseUrl"));
    }

    [Fact]
    public async Task A_missing_baseline_file_is_not_added_but_its_default_path_is_still_known()
    {
        using var repo = ConsumerRepository.Create(feed);
        repo.WriteFile("docs/adr/0001-layers.md", "# Layers\n");

        var evaluation = await EvaluateAsync(repo);

        Assert.Equal([$"{repo.FullPath("docs/adr/0001-layers.md")}|adr"], evaluation.AdditionalFilesWithKind());
        Assert.Equal(repo.FullPath("techlead.baseline.json"), evaluation.Property("TechLeadBaseline"));
    }

    [Fact]
    public async Task Without_any_docs_adr_above_the_project_nothing_is_added_and_the_properties_stay_empty()
    {
        using var repo = ConsumerRepository.Create(feed);
        repo.WriteFile("adr/0001-layers.md", "# Layers\n");

        var evaluation = await EvaluateAsync(repo);

        Assert.Empty(evaluation.AdditionalFiles);
        Assert.Equal("", evaluation.Property("TechLeadAdrDirectory"));
        Assert.Equal("", evaluation.Property("TechLeadRepositoryRoot"));
        Assert.Equal("", evaluation.Property("TechLeadBaseline"));
    }

    [Fact]
    public async Task An_adr_the_project_already_lists_is_passed_once_with_its_kind()
    {
        using var repo = ConsumerRepository.Create(feed, projectItems: """<AdditionalFiles Include="../../docs/adr/0001-layers.md" />""");
        repo.WriteFile("docs/adr/0001-layers.md", "# Layers\n");

        var evaluation = await EvaluateAsync(repo);

        Assert.Equal([$"{repo.FullPath("docs/adr/0001-layers.md")}|adr"], evaluation.AdditionalFilesWithKind());
    }

    [Fact]
    public async Task Values_set_in_the_project_body_win_and_the_root_and_baseline_follow_the_adr_directory()
    {
        using var repo = ConsumerRepository.Create(feed, projectProperties: """
            <TechLeadAdrDirectory>../../architecture/decisions</TechLeadAdrDirectory>
            <TechLeadAdrBaseUrl>https://git.example/shop/blob/main/</TechLeadAdrBaseUrl>
            """);
        repo.WriteFile("docs/adr/0001-ignored.md", "# Not read: the project points elsewhere\n");
        repo.WriteFile("architecture/decisions/0001-layers.md", "# Layers\n");
        repo.WriteFile("architecture/techlead.baseline.json", "{ \"version\": 1, \"entries\": [] }\n");

        var evaluation = await EvaluateAsync(repo);

        Assert.Equal(
            [
                $"{repo.FullPath("architecture/decisions/0001-layers.md")}|adr",
                $"{repo.FullPath("architecture/techlead.baseline.json")}|baseline",
            ],
            evaluation.AdditionalFilesWithKind());
        Assert.Equal(repo.FullPath("architecture/decisions") + Separator, evaluation.Property("TechLeadAdrDirectory"));
        Assert.Equal(repo.FullPath("architecture") + Separator, evaluation.Property("TechLeadRepositoryRoot"));
        Assert.Equal(repo.FullPath("architecture/techlead.baseline.json"), evaluation.Property("TechLeadBaseline"));
        Assert.Equal("https://git.example/shop/blob/main/", evaluation.Property("TechLeadAdrBaseUrl"));
    }

    [Fact]
    public async Task A_relocated_docs_adr_folder_makes_the_folder_holding_its_docs_the_repository_root()
    {
        using var repo = ConsumerRepository.Create(feed, projectProperties: "<TechLeadAdrDirectory>../../handbook/docs/adr</TechLeadAdrDirectory>");
        repo.WriteFile("handbook/docs/adr/0001-layers.md", "# Layers\n");

        var evaluation = await EvaluateAsync(repo);

        Assert.Equal(repo.FullPath("handbook") + Separator, evaluation.Property("TechLeadRepositoryRoot"));
        Assert.Equal(repo.FullPath("handbook/techlead.baseline.json"), evaluation.Property("TechLeadBaseline"));
    }

    [Fact]
    public async Task An_adr_folder_inside_docs_makes_the_folder_holding_docs_the_root_as_the_cli_and_fitness_say()
    {
        using var repo = ConsumerRepository.Create(feed, projectProperties: "<TechLeadAdrDirectory>../../Docs/decisions</TechLeadAdrDirectory>");
        repo.WriteFile("Docs/decisions/0001-layers.md", "# Layers\n");

        var evaluation = await EvaluateAsync(repo);

        Assert.Equal(repo.Root, evaluation.Property("TechLeadRepositoryRoot"));
        Assert.Equal(repo.FullPath("techlead.baseline.json"), evaluation.Property("TechLeadBaseline"));
        Assert.Equal(
            TechLead.Rules.RepositoryLayout.RepositoryRootOf(repo.FullPath("Docs/decisions")) + Separator,
            evaluation.Property("TechLeadRepositoryRoot"));
    }

    [Fact]
    public async Task Values_set_in_directory_build_props_win_over_the_defaults()
    {
        using var repo = ConsumerRepository.Create(feed);
        repo.WriteFile("Directory.Build.props", """
            <Project>
              <PropertyGroup>
                <TechLeadAdrDirectory>$(MSBuildThisFileDirectory)decisions</TechLeadAdrDirectory>
                <TechLeadBaseline>$(MSBuildThisFileDirectory)build/known-violations.json</TechLeadBaseline>
                <TechLeadRepositoryRoot>$(MSBuildThisFileDirectory)</TechLeadRepositoryRoot>
              </PropertyGroup>
            </Project>
            """);
        repo.WriteFile("docs/adr/0001-ignored.md", "# Not read\n");
        repo.WriteFile("decisions/0001-layers.md", "# Layers\n");
        repo.WriteFile("build/known-violations.json", "{ \"version\": 1, \"entries\": [] }\n");

        var evaluation = await EvaluateAsync(repo);

        Assert.Equal(
            [
                $"{repo.FullPath("build/known-violations.json")}|baseline",
                $"{repo.FullPath("decisions/0001-layers.md")}|adr",
            ],
            evaluation.AdditionalFilesWithKind());
        Assert.Equal(repo.Root, evaluation.Property("TechLeadRepositoryRoot"));
        Assert.Equal(repo.FullPath("build/known-violations.json"), evaluation.Property("TechLeadBaseline"));
    }

    [Fact]
    public async Task A_command_line_adr_directory_is_used_as_given_and_its_files_are_added()
    {
        using var repo = ConsumerRepository.Create(feed);
        repo.WriteFile("docs/adr/0001-ignored.md", "# Not read\n");
        repo.WriteFile("elsewhere/docs/adr/0001-layers.md", "# Layers\n");
        var directory = repo.FullPath("elsewhere/docs/adr");

        var evaluation = await EvaluateAsync(repo, $"TechLeadAdrDirectory={directory}");

        Assert.Equal([$"{repo.FullPath("elsewhere/docs/adr/0001-layers.md")}|adr"], evaluation.AdditionalFilesWithKind());
        // A global property cannot be normalized by the package; the derived values still are.
        Assert.Equal(directory, evaluation.Property("TechLeadAdrDirectory"));
        Assert.Equal(repo.FullPath("elsewhere") + Separator, evaluation.Property("TechLeadRepositoryRoot"));
    }

    [Fact]
    public async Task The_compiler_gets_the_properties_and_the_techlead_kind_of_each_additional_file()
    {
        using var repo = ConsumerRepository.Create(feed, projectProperties: "<TechLeadAdrBaseUrl>https://git.example/shop/blob/main/</TechLeadAdrBaseUrl>");
        repo.WriteFile("docs/adr/0001-layers.md", "# Layers\n\nProse only: no rules, nothing to report.\n");
        repo.WriteFile("techlead.baseline.json", "{ \"version\": 1, \"entries\": [] }\n");
        repo.WriteFile("src/App/Order.cs", "namespace Shop;\n\ninternal sealed class Order\n{\n}\n");
        await PackedAsync();
        await repo.RestoreAsync(_budget.Token);

        var build = await repo.BuildAsync(_budget.Token);

        build.EnsureSuccess();
        // Every DLL under analyzers/dotnet/cs loads in the command-line compiler (CS8032/CS8034 would say otherwise).
        Assert.DoesNotContain("CS803", build.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("AD0001", build.StandardOutput, StringComparison.Ordinal);
        var editorConfig = File.ReadAllText(repo.FullPath("src/App/obj/Debug/net10.0/App.GeneratedMSBuildEditorConfig.editorconfig")).ReplaceLineEndings("\n");
        Assert.Contains("build_property.TechLeadAdrBaseUrl = https://git.example/shop/blob/main/\n", editorConfig, StringComparison.Ordinal);
        Assert.Contains($"build_property.TechLeadRepositoryRoot = {repo.Root}\n", editorConfig, StringComparison.Ordinal);
        Assert.Contains($"build_property.TechLeadAdrDirectory = {repo.FullPath("docs/adr")}{Separator}\n", editorConfig, StringComparison.Ordinal);
        Assert.Contains($"build_property.TechLeadBaseline = {repo.FullPath("techlead.baseline.json")}\n", editorConfig, StringComparison.Ordinal);
        Assert.Contains($"[{EditorConfigPath(repo.FullPath("docs/adr/0001-layers.md"))}]\nbuild_metadata.AdditionalFiles.TechLeadKind = adr\n", editorConfig, StringComparison.Ordinal);
        Assert.Contains($"[{EditorConfigPath(repo.FullPath("techlead.baseline.json"))}]\nbuild_metadata.AdditionalFiles.TechLeadKind = baseline\n", editorConfig, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_build_given_no_ADR_warns_once_naming_where_it_looked_and_NoWarn_silences_it()
    {
        using var repo = ConsumerRepository.Create(feed);
        repo.WriteFile("docs/decisions/0001-layers.md", "# Layers\n");
        repo.WriteFile("src/App/Order.cs", "namespace Shop;\n\ninternal sealed class Order\n{\n}\n");
        await PackedAsync();
        await repo.RestoreAsync(_budget.Token);

        var build = await repo.BuildAsync(_budget.Token);

        build.EnsureSuccess();
        // MSBuild repeats each warning in its summary: one distinct line is one warning.
        var warning = Assert.Single(build.StandardOutput.ReplaceLineEndings("\n").Split('\n').Where(l => l.Contains("TL9006", StringComparison.Ordinal)).Select(l => l.Trim()).Distinct());
        Assert.Contains(
            $"warning TL9006: no ADRs found: there is no docs/adr folder in '{repo.FullPath("src/App")}{Separator}' or the 8 folders above it, so this build enforces no decision; set <TechLeadAdrDirectory>",
            warning,
            StringComparison.Ordinal);

        var silenced = await repo.BuildAsync(_budget.Token, "--no-incremental", "-p:NoWarn=TL9006");

        silenced.EnsureSuccess();
        Assert.DoesNotContain("TL9006", silenced.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_compiler_on_dotnet_10_on_linux_x64_gets_the_precompiled_assemblies_and_TechLeadReadyToRun_false_the_portable_ones()
    {
        using var repo = ConsumerRepository.Create(feed);
        repo.WriteFile("docs/adr/0001-layers.md", "# Layers\n");
        await PackedAsync();
        await repo.RestoreAsync(_budget.Token);
        var portable = Path.Combine(feed.RestoredPackageDirectory, "analyzers", "dotnet", "cs") + Separator;
        var precompiled = Path.Combine(feed.RestoredPackageDirectory, "tools", "readytorun", "linux-x64") + Separator;
        string[] portableSet = [portable + "TechLead.Analyzers.CodeFixes.dll", portable + "TechLead.Analyzers.dll", portable + "TechLead.Rules.dll", portable + "YamlDotNet.dll"];

        var chosen = await repo.PackageAnalyzersAsync(_budget.Token);
        var optedOut = await repo.PackageAnalyzersAsync(_budget.Token, "TechLeadReadyToRun=false");

        // The SDK running these tests is .NET 10: on linux-x64 its compiler gets the ReadyToRun copies (rules/0038);
        // the code fixes are never loaded by the compiler and stay portable. Any other platform keeps the portable set.
        var linuxX64 = OperatingSystem.IsLinux() && RuntimeInformation.OSArchitecture == Architecture.X64;
        Assert.Equal(
            linuxX64
                ? [portable + "TechLead.Analyzers.CodeFixes.dll", precompiled + "TechLead.Analyzers.dll", precompiled + "TechLead.Rules.dll", precompiled + "YamlDotNet.dll"]
                : portableSet,
            chosen.Order(StringComparer.Ordinal));
        Assert.Equal(portableSet, optedOut);
    }

    /// <summary>
    /// Which copies the targets choose on other platforms, with the SDK's platform properties faked (this machine runs
    /// only linux-x64): the copy of the SDK's portable platform when the package has one, the portable assemblies
    /// otherwise, and for an SDK older than .NET 10.
    /// </summary>
    [Theory]
    [InlineData("linux-x64", "linux-x64", "10.0.12", "linux-x64")]
    [InlineData("linux-arm64", "linux-arm64", "10.0.12", "linux-arm64")]
    [InlineData("win-x64", "win-x64", "10.0.12", "win-x64")]
    [InlineData("osx-x64", "osx-x64", "10.0.12", "osx-x64")]
    [InlineData("osx-arm64", "osx-arm64", "10.0.12", "osx-arm64")]
    [InlineData("ubuntu.24.04-x64", "linux-x64", "10.0.12", "linux-x64")]
    [InlineData("linux-musl-x64", "linux-musl-x64", "10.0.12", null)]
    [InlineData("win-arm64", "win-arm64", "10.0.12", null)]
    [InlineData("linux-x64", "linux-x64", "9.0.11", null)]
    public async Task The_targets_choose_the_precompiled_copy_of_the_sdk_platform_and_the_portable_assemblies_where_there_is_none(
        string sdkRuntimeIdentifier, string sdkPortableRuntimeIdentifier, string sdkRuntimeVersion, string? expectedCopy)
    {
        using var repo = ConsumerRepository.Create(feed);
        repo.WriteFile("docs/adr/0001-layers.md", "# Layers\n");
        await PackedAsync();
        await repo.RestoreAsync(_budget.Token);
        var portable = Path.Combine(feed.RestoredPackageDirectory, "analyzers", "dotnet", "cs") + Separator;
        var chosenFolder = expectedCopy is null ? portable : Path.Combine(feed.RestoredPackageDirectory, "tools", "readytorun", expectedCopy) + Separator;

        var chosen = await repo.PackageAnalyzersAsync(
            _budget.Token,
            $"NETCoreSdkRuntimeIdentifier={sdkRuntimeIdentifier}",
            $"NETCoreSdkPortableRuntimeIdentifier={sdkPortableRuntimeIdentifier}",
            $"BundledNETCoreAppPackageVersion={sdkRuntimeVersion}");

        Assert.Equal(
            [portable + "TechLead.Analyzers.CodeFixes.dll", chosenFolder + "TechLead.Analyzers.dll", chosenFolder + "TechLead.Rules.dll", chosenFolder + "YamlDotNet.dll"],
            chosen.Order(StringComparer.Ordinal));
    }

    public void Dispose() => _budget.Dispose();

    // The generated .editorconfig names files with '/' separators on every OS.
    private static string EditorConfigPath(string path) => path.Replace('\\', '/');

    /// <summary>Waits for the feed; the test's budget starts then, since the pack has its own bound.</summary>
    private async Task PackedAsync()
    {
        await feed.EnsurePackedAsync();
        _budget.CancelAfter(Budget);
    }

    private async Task<MsBuildEvaluation> EvaluateAsync(ConsumerRepository repo, params string[] globalProperties)
    {
        await PackedAsync();
        await repo.RestoreAsync(_budget.Token);
        return await repo.EvaluateAsync(_budget.Token, globalProperties);
    }
}
