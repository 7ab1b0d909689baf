using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace TechLead.Analyzers.Tests.Infrastructure;

/// <summary>
/// Reference assemblies from the installed SDK's Microsoft.NETCore.App.Ref pack: tests run offline
/// and never download a targeting pack (ReferenceAssemblies.Net.* would fetch one from NuGet).
/// </summary>
internal static class LocalReferences
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> Lazy = new(Load);

    public static ReferenceAssemblies None { get; } = new("net10.0");

    public static ImmutableArray<MetadataReference> All => Lazy.Value;

    private static ImmutableArray<MetadataReference> Load()
    {
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var dotnetRoot = Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", ".."));
        var packs = Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
        var version = Directory.GetDirectories(packs).Select(Path.GetFileName).OrderByDescending(v => Version.TryParse(v, out var parsed) ? parsed : new Version()).First()!;
        var refDirectory = Directory.GetDirectories(Path.Combine(packs, version, "ref")).First();
        return Directory.GetFiles(refDirectory, "*.dll").Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToImmutableArray();
    }
}
