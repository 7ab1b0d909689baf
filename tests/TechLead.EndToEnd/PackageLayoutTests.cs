using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.Json;
using System.Threading.Tasks;
using System.Xml.Linq;
using TechLead.EndToEnd.LocalFeed;

namespace TechLead.EndToEnd;

/// <summary>
/// What the documented <c>dotnet pack TechLead.sln</c> puts into the feed, read as the zips the packages are: exactly
/// the packages a consumer needs, each with exactly its files, all of one version.
/// </summary>
public sealed class PackageLayoutTests(LocalFeedFixture feed) : IClassFixture<LocalFeedFixture>
{
    private const string ToolFolder = "tools/net10.0/any/";

    [Fact]
    public async Task The_solution_packs_the_analyzer_the_fitness_library_its_rules_core_and_the_tool_and_nothing_else()
    {
        await feed.EnsurePackedAsync();

        Assert.Equal(
            ["TechLead.Analyzers.0.1.0.nupkg", "TechLead.Cli.0.1.0.nupkg", "TechLead.Fitness.0.1.0.nupkg", "TechLead.Rules.0.1.0.nupkg"],
            Directory.GetFiles(feed.FeedDirectory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Analyzer_package_holds_exactly_the_analyzer_its_code_fixes_their_dependencies_and_the_msbuild_wiring()
    {
        Assert.Equal(
            [
                "README.md",
                "TechLead.Analyzers.nuspec",
                "analyzers/dotnet/cs/TechLead.Analyzers.CodeFixes.dll",
                "analyzers/dotnet/cs/TechLead.Analyzers.dll",
                "analyzers/dotnet/cs/TechLead.Rules.dll",
                "analyzers/dotnet/cs/YamlDotNet.dll",
                "build/TechLead.Analyzers.props",
                "build/TechLead.Analyzers.targets",
                "buildTransitive/TechLead.Analyzers.props",
                "buildTransitive/TechLead.Analyzers.targets",
                "tools/readytorun/linux-arm64/TechLead.Analyzers.dll",
                "tools/readytorun/linux-arm64/TechLead.Rules.dll",
                "tools/readytorun/linux-arm64/YamlDotNet.dll",
                "tools/readytorun/linux-x64/TechLead.Analyzers.dll",
                "tools/readytorun/linux-x64/TechLead.Rules.dll",
                "tools/readytorun/linux-x64/YamlDotNet.dll",
                "tools/readytorun/osx-arm64/TechLead.Analyzers.dll",
                "tools/readytorun/osx-arm64/TechLead.Rules.dll",
                "tools/readytorun/osx-arm64/YamlDotNet.dll",
                "tools/readytorun/osx-x64/TechLead.Analyzers.dll",
                "tools/readytorun/osx-x64/TechLead.Rules.dll",
                "tools/readytorun/osx-x64/YamlDotNet.dll",
                "tools/readytorun/win-x64/TechLead.Analyzers.dll",
                "tools/readytorun/win-x64/TechLead.Rules.dll",
                "tools/readytorun/win-x64/YamlDotNet.dll",
            ],
            await ContentAsync("TechLead.Analyzers"));
    }

    /// <summary>
    /// Every precompiled copy is a ReadyToRun image for its own operating system and processor, of exactly the portable
    /// assembly's IL and metadata. Only linux-x64 also runs here (the end-to-end builds); the others are checked by
    /// their headers alone, which is what the runtime checks before it uses the native code.
    /// </summary>
    [Theory]
    [MemberData(nameof(PrecompiledCopies))]
    public async Task The_readytorun_copy_is_the_portable_assembly_precompiled_for_its_platform(string runtimeIdentifier, string assembly)
    {
        using var zip = ZipFile.OpenRead(await feed.EnsurePackedAsync());
        using var portable = await PeReaderAsync(zip, $"analyzers/dotnet/cs/{assembly}.dll");
        using var precompiled = await PeReaderAsync(zip, $"tools/readytorun/{runtimeIdentifier}/{assembly}.dll");
        var (machine, osOverride) = ReadyToRunImage.ExpectedMachine(runtimeIdentifier);

        // ReadyToRun code is announced by the CLI header's managed native header; the portable one has none.
        Assert.Equal(0, portable.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size);
        Assert.True(ReadyToRunImage.HasReadyToRunHeader(precompiled), $"{runtimeIdentifier}/{assembly}.dll has no ReadyToRun header");
        Assert.Equal(machine, (Machine)((int)precompiled.PEHeaders.CoffHeader.Machine ^ osOverride));
        var portableDefinition = portable.GetMetadataReader().GetAssemblyDefinition();
        var precompiledDefinition = precompiled.GetMetadataReader().GetAssemblyDefinition();
        Assert.Equal(portable.GetMetadataReader().GetString(portableDefinition.Name), precompiled.GetMetadataReader().GetString(precompiledDefinition.Name));
        Assert.Equal(portableDefinition.Version, precompiledDefinition.Version);
        Assert.Equal(portable.GetMetadataReader().GetGuid(portable.GetMetadataReader().GetModuleDefinition().Mvid), precompiled.GetMetadataReader().GetGuid(precompiled.GetMetadataReader().GetModuleDefinition().Mvid));
    }

    public static TheoryData<string, string> PrecompiledCopies()
    {
        var data = new TheoryData<string, string>();
        foreach (var runtimeIdentifier in ReadyToRunImage.ShippedRuntimeIdentifiers)
        {
            foreach (var assembly in new[] { "TechLead.Analyzers", "TechLead.Rules", "YamlDotNet" })
            {
                data.Add(runtimeIdentifier, assembly);
            }
        }

        return data;
    }

    [Fact]
    public async Task Fitness_package_holds_one_library_with_its_api_docs_per_target_framework_and_no_runtimeconfig()
    {
        Assert.Equal(
            [
                "README.md",
                "TechLead.Fitness.nuspec",
                "lib/net10.0/TechLead.Fitness.dll",
                "lib/net10.0/TechLead.Fitness.xml",
                "lib/net8.0/TechLead.Fitness.dll",
                "lib/net8.0/TechLead.Fitness.xml",
                "lib/net9.0/TechLead.Fitness.dll",
                "lib/net9.0/TechLead.Fitness.xml",
            ],
            await ContentAsync("TechLead.Fitness"));
    }

    [Fact]
    public async Task Rules_package_holds_the_netstandard_rules_core_with_its_api_docs()
    {
        Assert.Equal(
            ["README.md", "TechLead.Rules.nuspec", "lib/netstandard2.0/TechLead.Rules.dll", "lib/netstandard2.0/TechLead.Rules.xml"],
            await ContentAsync("TechLead.Rules"));
    }

    [Fact]
    public async Task Tool_package_holds_the_techlead_command_its_own_assemblies_and_only_the_dependencies_its_deps_json_names()
    {
        var entries = await ContentAsync("TechLead.Cli");
        var toolRoot = entries.Where(e => e.StartsWith(ToolFolder, StringComparison.Ordinal) && !e[ToolFolder.Length..].Contains('/')).Select(e => e[ToolFolder.Length..]).ToArray();

        Assert.Equal(["README.md", "TechLead.Cli.nuspec"], entries.Where(e => !e.StartsWith(ToolFolder, StringComparison.Ordinal)));
        Assert.Equal(
            [
                "DotnetToolSettings.xml",
                "TechLead.Analyzers.dll",
                "TechLead.Analyzers.pdb",
                // infer verifies its proposals with both fitness engines (rules/0045).
                "TechLead.Fitness.dll",
                "TechLead.Fitness.pdb",
                "TechLead.Rules.dll",
                "TechLead.Rules.pdb",
                "techlead.deps.json",
                "techlead.dll",
                "techlead.pdb",
                "techlead.runtimeconfig.json",
            ],
            toolRoot.Where(name => name.StartsWith("TechLead.", StringComparison.OrdinalIgnoreCase) || !name.EndsWith(".dll", StringComparison.Ordinal)));

        // Everything else at the tool's root is a dependency the tool's deps.json loads: no stray files, no XML docs.
        var dependencies = await ToolDependencyFileNamesAsync();
        Assert.All(toolRoot.Where(name => !name.StartsWith("TechLead.", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".dll", StringComparison.Ordinal)), name => Assert.Contains(name, dependencies));
        Assert.Contains("YamlDotNet.dll", toolRoot);
        Assert.Contains("Spectre.Console.Cli.dll", toolRoot);
    }

    [Fact]
    public async Task Tool_settings_name_the_techlead_command()
    {
        using var zip = ZipFile.OpenRead(await feed.PackageAsync("TechLead.Cli"));
        await using var stream = zip.GetEntry(ToolFolder + "DotnetToolSettings.xml")!.Open();
        var command = XDocument.Load(stream).Descendants().Single(e => e.Name.LocalName == "Command");

        Assert.Equal("techlead", command.Attribute("Name")?.Value);
        Assert.Equal("techlead.dll", command.Attribute("EntryPoint")?.Value);
        Assert.Equal("dotnet", command.Attribute("Runner")?.Value);
    }

    [Fact]
    public async Task Every_package_has_the_repository_version_and_the_analyzer_is_a_development_dependency_without_dependencies()
    {
        foreach (var packageId in LocalFeedFixture.PackageIds)
        {
            var metadata = await MetadataAsync(packageId);
            Assert.Equal(packageId, Value(metadata, "id"));
            Assert.Equal(LocalFeedFixture.PackageVersion, Value(metadata, "version"));
            Assert.Equal("README.md", Value(metadata, "readme"));
        }

        var analyzer = await MetadataAsync("TechLead.Analyzers");
        Assert.Equal("true", Value(analyzer, "developmentDependency"));
        Assert.DoesNotContain(analyzer.Elements(), e => e.Name.LocalName == "dependencies");
    }

    [Fact]
    public async Task Fitness_depends_on_the_rules_package_of_its_own_version_for_each_target_framework()
    {
        var metadata = await MetadataAsync("TechLead.Fitness");
        var groups = metadata.Elements().Single(e => e.Name.LocalName == "dependencies").Elements().ToArray();

        Assert.Equal(["net10.0", "net8.0", "net9.0"], groups.Select(g => g.Attribute("targetFramework")!.Value).Order(StringComparer.Ordinal));
        Assert.All(groups, group =>
        {
            var rules = Assert.Single(group.Elements(), d => d.Attribute("id")?.Value == "TechLead.Rules");
            Assert.Equal(LocalFeedFixture.PackageVersion, rules.Attribute("version")?.Value);
        });
    }

    [Fact]
    public async Task The_packed_yamldotnet_has_the_version_the_packed_rules_assembly_references()
    {
        var package = await feed.EnsurePackedAsync();
        using var zip = ZipFile.OpenRead(package);
        using var rules = await PeReaderAsync(zip, "analyzers/dotnet/cs/TechLead.Rules.dll");
        using var yaml = await PeReaderAsync(zip, "analyzers/dotnet/cs/YamlDotNet.dll");

        var rulesMetadata = rules.GetMetadataReader();
        var referenced = rulesMetadata.AssemblyReferences
            .Select(h => rulesMetadata.GetAssemblyReference(h))
            .Single(r => rulesMetadata.GetString(r.Name) == "YamlDotNet");
        var yamlMetadata = yaml.GetMetadataReader();
        var packed = yamlMetadata.GetAssemblyDefinition();

        Assert.Equal("YamlDotNet", yamlMetadata.GetString(packed.Name));
        Assert.Equal(referenced.Version, packed.Version);
    }

    private static async Task<PEReader> PeReaderAsync(ZipArchive zip, string entryName)
    {
        var entry = zip.GetEntry(entryName) ?? throw new FileNotFoundException($"{entryName} is not in the package.");
        var copy = new MemoryStream();
        await using (var stream = entry.Open())
        {
            await stream.CopyToAsync(copy);
        }

        copy.Position = 0;
        return new PEReader(copy);
    }

    /// <summary>The package's files, sorted, without the OPC bookkeeping every nupkg has.</summary>
    private async Task<string[]> ContentAsync(string packageId)
    {
        using var zip = ZipFile.OpenRead(await feed.PackageAsync(packageId));
        return zip.Entries.Select(e => e.FullName)
            .Where(name => name != "[Content_Types].xml" && !name.StartsWith("_rels/", StringComparison.Ordinal) && !name.StartsWith("package/services/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    private async Task<XElement> MetadataAsync(string packageId)
    {
        using var zip = ZipFile.OpenRead(await feed.PackageAsync(packageId));
        var entry = Assert.Single(zip.Entries, e => e.FullName == $"{packageId}.nuspec");
        await using var stream = entry.Open();
        return XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    }

    /// <summary>File names of the runtime assemblies <c>techlead.deps.json</c> lists.</summary>
    private async Task<string[]> ToolDependencyFileNamesAsync()
    {
        using var zip = ZipFile.OpenRead(await feed.PackageAsync("TechLead.Cli"));
        await using var stream = zip.GetEntry(ToolFolder + "techlead.deps.json")!.Open();
        using var deps = await JsonDocument.ParseAsync(stream);
        return deps.RootElement.GetProperty("targets").EnumerateObject()
            .SelectMany(target => target.Value.EnumerateObject())
            .SelectMany(library => library.Value.TryGetProperty("runtime", out var runtime) ? runtime.EnumerateObject().Select(r => Path.GetFileName(r.Name)) : [])
            .ToArray();
    }

    private static string? Value(XElement metadata, string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;
}
