using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace TechLead.Cli.Tests.Output;

/// <summary>
/// The SARIF 2.1.0 requirements (OASIS standard, sections 3.13–3.52) that a consumer such as GitHub code
/// scanning relies on, checked on a parsed log: required properties, value sets, and the cross references
/// (ruleIndex → rules[i].id, uriBaseId → originalUriBaseIds). Returns every problem found, empty when valid.
/// </summary>
internal static class SarifConformance
{
    private static readonly string[] Levels = ["none", "note", "warning", "error"];

    public static IReadOnlyList<string> Problems(JsonElement log)
    {
        var problems = new List<string>();
        Require(log.TryGetProperty("version", out var version) && version.GetString() == "2.1.0", "sarifLog.version must be \"2.1.0\"", problems);
        if (!log.TryGetProperty("runs", out var runs) || runs.ValueKind != JsonValueKind.Array)
        {
            problems.Add("sarifLog.runs must be an array");
            return problems;
        }

        foreach (var run in runs.EnumerateArray())
        {
            CheckRun(run, problems);
        }

        return problems;
    }

    private static void CheckRun(JsonElement run, List<string> problems)
    {
        if (!run.TryGetProperty("tool", out var tool) || !tool.TryGetProperty("driver", out var driver))
        {
            problems.Add("run.tool.driver is required");
            return;
        }

        Require(driver.TryGetProperty("name", out var name) && !string.IsNullOrEmpty(name.GetString()), "toolComponent.name is required", problems);
        var rules = driver.TryGetProperty("rules", out var ruleArray) ? ruleArray.EnumerateArray().ToList() : [];
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            var id = rule.TryGetProperty("id", out var idElement) ? idElement.GetString() : null;
            Require(!string.IsNullOrEmpty(id), "reportingDescriptor.id is required", problems);
            Require(id is null || ids.Add(id), $"reportingDescriptor.id '{id}' is not unique", problems);
            foreach (var text in new[] { "shortDescription", "fullDescription" })
            {
                Require(!rule.TryGetProperty(text, out var message) || message.TryGetProperty("text", out _), $"{id}.{text} needs text", problems);
            }

            Require(!rule.TryGetProperty("helpUri", out var help) || Uri.TryCreate(help.GetString(), UriKind.Absolute, out _), $"{id}.helpUri must be an absolute URI", problems);
            Require(!rule.TryGetProperty("defaultConfiguration", out var configuration) || !configuration.TryGetProperty("level", out var level) || Levels.Contains(level.GetString()), $"{id}.defaultConfiguration.level is not a SARIF level", problems);
        }

        var baseIds = run.TryGetProperty("originalUriBaseIds", out var bases) ? bases.EnumerateObject().ToDictionary(p => p.Name, p => p.Value) : [];
        foreach (var (baseId, location) in baseIds)
        {
            var uri = location.TryGetProperty("uri", out var u) ? u.GetString() : null;
            Require(uri is not null && Uri.TryCreate(uri, UriKind.Absolute, out _) && uri.EndsWith('/'), $"originalUriBaseIds.{baseId}.uri must be an absolute URI ending in '/'", problems);
        }

        Require(!run.TryGetProperty("columnKind", out var columnKind) || columnKind.GetString() is "utf16CodeUnits" or "unicodeCodePoints", "run.columnKind is not a SARIF column kind", problems);
        if (!run.TryGetProperty("results", out var results))
        {
            return;
        }

        var index = 0;
        foreach (var result in results.EnumerateArray())
        {
            CheckResult(result, $"results[{index++}]", rules, baseIds, problems);
        }
    }

    private static void CheckResult(JsonElement result, string where, List<JsonElement> rules, Dictionary<string, JsonElement> baseIds, List<string> problems)
    {
        Require(result.TryGetProperty("message", out var message) && (message.TryGetProperty("text", out _) || message.TryGetProperty("id", out _)), $"{where}.message needs text or id", problems);
        var ruleId = result.TryGetProperty("ruleId", out var ruleIdElement) ? ruleIdElement.GetString() : null;
        if (result.TryGetProperty("ruleIndex", out var ruleIndexElement))
        {
            var ruleIndex = ruleIndexElement.GetInt32();
            Require(ruleIndex >= 0 && ruleIndex < rules.Count, $"{where}.ruleIndex {ruleIndex} is outside tool.driver.rules", problems);
            Require(ruleIndex < 0 || ruleIndex >= rules.Count || rules[ruleIndex].GetProperty("id").GetString() == ruleId, $"{where}.ruleIndex {ruleIndex} names a rule other than ruleId '{ruleId}'", problems);
        }

        Require(ruleId is not null || result.TryGetProperty("rule", out _), $"{where} names no rule", problems);
        Require(!result.TryGetProperty("level", out var level) || Levels.Contains(level.GetString()), $"{where}.level is not a SARIF level", problems);
        foreach (var location in result.TryGetProperty("locations", out var locations) ? locations.EnumerateArray() : Enumerable.Empty<JsonElement>())
        {
            if (!location.TryGetProperty("physicalLocation", out var physical))
            {
                continue;
            }

            var artifact = physical.GetProperty("artifactLocation");
            var uri = artifact.GetProperty("uri").GetString();
            Require(uri is not null && Uri.TryCreate(uri, UriKind.Relative, out _) && !uri.Contains('\\', StringComparison.Ordinal), $"{where}: artifactLocation.uri '{uri}' must be a relative URI reference", problems);
            Require(!artifact.TryGetProperty("uriBaseId", out var baseId) || baseIds.ContainsKey(baseId.GetString()!), $"{where}: uriBaseId is not declared in originalUriBaseIds", problems);
            if (physical.TryGetProperty("region", out var region))
            {
                var startLine = region.GetProperty("startLine").GetInt32();
                var startColumn = region.TryGetProperty("startColumn", out var sc) ? sc.GetInt32() : 1;
                var endLine = region.TryGetProperty("endLine", out var el) ? el.GetInt32() : startLine;
                var endColumn = region.TryGetProperty("endColumn", out var ec) ? ec.GetInt32() : int.MaxValue;
                Require(startLine >= 1 && startColumn >= 1, $"{where}: region starts before line/column 1", problems);
                Require(endLine > startLine || (endLine == startLine && endColumn >= startColumn), $"{where}: region ends before it starts", problems);
            }
        }

        foreach (var suppression in result.TryGetProperty("suppressions", out var suppressions) ? suppressions.EnumerateArray() : Enumerable.Empty<JsonElement>())
        {
            Require(suppression.TryGetProperty("kind", out var kind) && kind.GetString() is "inSource" or "external", $"{where}: suppression.kind must be inSource or external", problems);
        }
    }

    private static void Require(bool condition, string problem, List<string> problems)
    {
        if (!condition)
        {
            problems.Add(problem);
        }
    }
}
