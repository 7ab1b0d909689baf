using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Threading.Tasks;
using System.Xml.Linq;
using TechLead.EndToEnd.LocalFeed;

namespace TechLead.EndToEnd;

/// <summary>What <c>dotnet pack</c> puts into <c>TechLead.Analyzers.nupkg</c>, read as the zip it is.</summary>
[Collection(LocalFeedTestGroup.Name)]
public sealed class PackageLayoutTests(LocalFeedFixture feed)
{
    [Fact]
    public async Task Analyzer_folder_holds_exactly_the_analyzer_the_code_fixes_and_their_dependencies()
    {
        var entries = await EntriesAsync();

        Assert.Equal(
            [
                "analyzers/dotnet/cs/TechLead.Analyzers.CodeFixes.dll",
                "analyzers/dotnet/cs/TechLead.Analyzers.dll",
                "analyzers/dotnet/cs/TechLead.Rules.dll",
                "analyzers/dotnet/cs/YamlDotNet.dll",
            ],
            entries.Where(e => e.StartsWith("analyzers/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Build_and_buildTransitive_carry_the_props_and_targets_and_there_is_nothing_to_reference()
    {
        var entries = await EntriesAsync();

        Assert.Equal(["build/TechLead.Analyzers.props", "build/TechLead.Analyzers.targets"], entries.Where(e => e.StartsWith("build/", StringComparison.Ordinal)));
        Assert.Equal(
            ["buildTransitive/TechLead.Analyzers.props", "buildTransitive/TechLead.Analyzers.targets"],
            entries.Where(e => e.StartsWith("buildTransitive/", StringComparison.Ordinal)));
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) || e.StartsWith("ref/", StringComparison.Ordinal));
        Assert.Contains("README.md", entries);
    }

    [Fact]
    public async Task Nuspec_is_a_development_dependency_without_dependencies()
    {
        var nuspec = await NuspecAsync();
        var metadata = nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata");

        Assert.Equal("TechLead.Analyzers", Value(metadata, "id"));
        Assert.Equal(LocalFeedFixture.PackageVersion, Value(metadata, "version"));
        Assert.Equal("true", Value(metadata, "developmentDependency"));
        Assert.Equal("README.md", Value(metadata, "readme"));
        Assert.DoesNotContain(metadata.Elements(), e => e.Name.LocalName == "dependencies");
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

    private async Task<string[]> EntriesAsync()
    {
        var package = await feed.EnsurePackedAsync();
        using var zip = ZipFile.OpenRead(package);
        return zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal).ToArray();
    }

    private async Task<XDocument> NuspecAsync()
    {
        var package = await feed.EnsurePackedAsync();
        using var zip = ZipFile.OpenRead(package);
        var entry = Assert.Single(zip.Entries, e => e.FullName == $"{LocalFeedFixture.PackageId}.nuspec");
        using var stream = entry.Open();
        return XDocument.Load(stream);
    }

    private static string? Value(XElement metadata, string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;
}
