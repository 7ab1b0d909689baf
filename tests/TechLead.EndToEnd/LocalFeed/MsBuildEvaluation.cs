using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace TechLead.EndToEnd.LocalFeed;

/// <summary>The JSON that <c>dotnet msbuild -getProperty:A -getProperty:B -getItem:C</c> prints, read back.</summary>
internal sealed class MsBuildEvaluation
{
    /// <summary>The properties the package defines and the analyzer reads.</summary>
    public static readonly string[] TechLeadProperties = ["TechLeadAdrDirectory", "TechLeadRepositoryRoot", "TechLeadBaseline", "TechLeadAdrBaseUrl"];

    private readonly Dictionary<string, string> _properties;

    private MsBuildEvaluation(Dictionary<string, string> properties, IReadOnlyList<AdditionalFile> additionalFiles)
    {
        _properties = properties;
        AdditionalFiles = additionalFiles;
    }

    public IReadOnlyList<AdditionalFile> AdditionalFiles { get; }

    public string Property(string name) =>
        _properties.TryGetValue(name, out var value) ? value : throw new KeyNotFoundException($"Property '{name}' was not queried.");

    /// <summary>The <c>AdditionalFiles</c> items as <c>"identity|TechLeadKind"</c>, sorted: easy to compare as a whole.</summary>
    public IReadOnlyList<string> AdditionalFilesWithKind() =>
        AdditionalFiles.Select(f => $"{f.Identity}|{f.TechLeadKind}").Order(StringComparer.Ordinal).ToList();

    public static MsBuildEvaluation Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var properties = root.GetProperty("Properties").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "", StringComparer.Ordinal);
        var files = root.GetProperty("Items").TryGetProperty(nameof(AdditionalFiles), out var items)
            ? items.EnumerateArray().Select(AdditionalFile.FromJson).ToList()
            : [];
        return new MsBuildEvaluation(properties, files);
    }

    internal sealed record AdditionalFile(string Identity, string FullPath, string TechLeadKind)
    {
        public static AdditionalFile FromJson(JsonElement item) => new(
            item.GetProperty(nameof(Identity)).GetString()!,
            item.GetProperty(nameof(FullPath)).GetString()!,
            item.TryGetProperty(nameof(TechLeadKind), out var kind) ? kind.GetString() ?? "" : "");
    }
}
