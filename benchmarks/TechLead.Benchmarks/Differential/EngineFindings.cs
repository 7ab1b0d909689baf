using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using TechLead.Fitness.Engines;
using TechLead.Rules.Model;

namespace TechLead.Benchmarks.Differential;

/// <summary>One engine's finding: rule, source type, target type (empty for type-level rules), where the source shows it.</summary>
internal sealed record Finding(string Rule, string From, string To, string? Where = null);

/// <summary>The findings of the analyzer (through `techlead check --format json`) and of both fitness engines (in process).</summary>
internal static class EngineFindings
{
    /// <summary>Runs the CLI built from this checkout on the solution with the battery's ADR folder.</summary>
    public static List<Finding> Analyzer(string techleadCli, string solution, string adrDirectory, string workDirectory)
    {
        var output = Path.Combine(workDirectory, "check.json");
        SolutionBuild.Dotnet(Path.GetDirectoryName(Path.GetFullPath(solution))!, $"\"{techleadCli}\" check \"{solution}\" --adr-dir \"{adrDirectory}\" --format json -o \"{output}\" --no-restore -q", throwOnFailure: false);
        if (!File.Exists(output))
        {
            throw new InvalidOperationException("techlead check wrote no result; run it by hand on the solution to see why");
        }

        using var json = JsonDocument.Parse(File.ReadAllText(output));
        var root = Path.GetDirectoryName(Path.GetFullPath(solution))!;
        var findings = new List<Finding>();
        foreach (var adr in json.RootElement.GetProperty("adrs").EnumerateArray())
        {
            foreach (var violation in adr.GetProperty("violations").EnumerateArray())
            {
                var path = violation.GetProperty("path").GetString();
                var line = violation.GetProperty("line").GetInt32();
                findings.Add(new Finding(
                    violation.GetProperty("rule").GetString()!,
                    TypeName(violation.GetProperty("from").GetString()),
                    TypeName(violation.GetProperty("to").GetString()),
                    path is null ? null : $"{path}:{line}: {SourceLine(json.RootElement, root, path, line)}"));
            }
        }

        return findings;
    }

    public static List<Finding> Fitness(IEngineAdapter engine, IEnumerable<Rule> rules, AssemblySet assemblies, List<string> notes)
    {
        var findings = new List<Finding>();
        foreach (var rule in rules)
        {
            var verdict = EngineVerdict.Of(engine, rule, assemblies);
            if (verdict.Skipped)
            {
                notes.Add($"{engine.Kind} skips {rule.Id}: {verdict.SkipReason}");
                continue;
            }

            notes.AddRange(verdict.Result.Problems.Distinct().Select(p => $"{engine.Kind}: {p}"));
            findings.AddRange(verdict.Result.Violations.Select(v => new Finding(rule.Id, TypeName(v.BaselineFrom), TypeName(v.BaselineTo))));
        }

        return findings;
    }

    public static IEngineAdapter ArchUnit => EngineVerdict.Engines[0];

    public static IEngineAdapter NetArchTest => EngineVerdict.Engines[1];

    private static string TypeName(string? id) => id is null ? string.Empty : id.StartsWith("T:", StringComparison.Ordinal) ? id.Substring(2) : id;

    private static string SourceLine(JsonElement root, string solutionDirectory, string path, int line)
    {
        var repositoryRoot = root.TryGetProperty("repositoryRoot", out var r) && r.GetString() is { } text ? text : solutionDirectory;
        var file = Path.Combine(repositoryRoot, path);
        if (!File.Exists(file))
        {
            return string.Empty;
        }

        var lines = File.ReadAllLines(file);
        return line >= 1 && line <= lines.Length ? lines[line - 1].Trim() : string.Empty;
    }
}
