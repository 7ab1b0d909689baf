using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using TechLead.Fitness.Engines;
using TechLead.Rules.Model;
using TechLead.Rules.Parsing;

namespace TechLead.Benchmarks.Differential;

/// <summary>
/// Both fitness engines on built assemblies with every accepted ADR of a folder, one JSON line per finding
/// (<c>{"engine","adr","rule","from","to"}</c>) and per note: what a script compares with its other engines
/// (benchmarks/ImportCorpus/prove.py). <c>-- fitness path/to/adr-dir a.dll b.dll ...</c>
/// </summary>
internal static class FitnessFindings
{
    public static int Run(string adrDirectory, string[] assemblies)
    {
        var set = AssemblySet.FromPaths(assemblies.Select(Path.GetFullPath).ToList());
        foreach (var file in Directory.GetFiles(adrDirectory, "*.md").Order(StringComparer.Ordinal))
        {
            var document = AdrParser.Parse(Path.GetFileName(file), File.ReadAllText(file)).Document;
            if (document is not { Status: AdrStatus.Accepted })
            {
                continue;
            }

            foreach (var engine in new[] { EngineFindings.ArchUnit, EngineFindings.NetArchTest })
            {
                foreach (var rule in document.Rules)
                {
                    if (engine.WhyUnsupported(rule) is { } why)
                    {
                        Write(engine.Kind.ToString(), document.Id, rule.Id, note: "skipped: " + why);
                        continue;
                    }

                    var result = engine.Evaluate(rule, set);
                    foreach (var problem in result.Problems.Distinct())
                    {
                        Write(engine.Kind.ToString(), document.Id, rule.Id, note: problem);
                    }

                    foreach (var violation in result.Violations)
                    {
                        Write(engine.Kind.ToString(), document.Id, rule.Id, TypeName(violation.BaselineFrom), TypeName(violation.BaselineTo));
                    }
                }
            }
        }

        return 0;
    }

    private static void Write(string engine, string adr, string rule, string? from = null, string? to = null, string? note = null) =>
        Console.WriteLine(JsonSerializer.Serialize(new { engine, adr, rule, from, to, note }));

    private static string? TypeName(string? id) => id is not null && id.StartsWith("T:", StringComparison.Ordinal) ? id[2..] : id;
}
