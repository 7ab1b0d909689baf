using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace TechLead.EndToEnd.Shop;

/// <summary>One TL result of a compiler SARIF 2.1 log (<c>-p:ErrorLog=file,version=2.1</c>), with its rule's help URI.</summary>
internal sealed record SarifResult(
    string RuleId,
    BuildSeverity Level,
    string Message,
    string FilePath,
    int StartLine,
    int StartColumn,
    int EndLine,
    int EndColumn,
    string? HelpUri,
    IReadOnlyDictionary<string, string> Properties)
{
    public string Property(string name) =>
        Properties.TryGetValue(name, out var value) ? value : throw new KeyNotFoundException($"{this} has no property '{name}'.");

    public override string ToString() => $"{FilePath}({StartLine},{StartColumn}) {Level} {RuleId}: {Message}";

    /// <summary>The TL results of every <c>*.sarif</c> file in <paramref name="directory"/>.</summary>
    public static IReadOnlyList<SarifResult> ReadDirectory(string directory) =>
        Directory.EnumerateFiles(directory, "*.sarif").Order(StringComparer.Ordinal).SelectMany(Read).ToList();

    public static IReadOnlyList<SarifResult> Read(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var results = new List<SarifResult>();
        foreach (var run in document.RootElement.GetProperty("runs").EnumerateArray())
        {
            var rules = run.GetProperty("tool").GetProperty("driver").TryGetProperty("rules", out var declared)
                ? declared.EnumerateArray().ToList()
                : [];
            foreach (var result in run.GetProperty("results").EnumerateArray())
            {
                var ruleId = result.GetProperty("ruleId").GetString()!;
                if (ruleId.StartsWith("TL", StringComparison.Ordinal))
                {
                    results.Add(Parse(result, ruleId, rules));
                }
            }
        }

        return results;
    }

    private static SarifResult Parse(JsonElement result, string ruleId, List<JsonElement> rules)
    {
        var physical = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        var region = physical.GetProperty("region");
        string? helpUri = null;
        if (result.TryGetProperty("ruleIndex", out var index) && rules[index.GetInt32()].TryGetProperty("helpUri", out var help))
        {
            helpUri = help.GetString();
        }

        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        if (result.TryGetProperty("properties", out var bag) && bag.TryGetProperty("customProperties", out var custom))
        {
            foreach (var property in custom.EnumerateObject())
            {
                properties[property.Name] = property.Value.GetString() ?? string.Empty;
            }
        }

        return new SarifResult(
            ruleId,
            ExpectedDiagnostic.ParseSeverity(result.TryGetProperty("level", out var level) ? level.GetString()! : "warning"),
            result.GetProperty("message").GetProperty("text").GetString()!,
            new Uri(physical.GetProperty("artifactLocation").GetProperty("uri").GetString()!).LocalPath,
            region.GetProperty("startLine").GetInt32(),
            region.GetProperty("startColumn").GetInt32(),
            region.GetProperty("endLine").GetInt32(),
            region.GetProperty("endColumn").GetInt32(),
            helpUri,
            properties);
    }
}
