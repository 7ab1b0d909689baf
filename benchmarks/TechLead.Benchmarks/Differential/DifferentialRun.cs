using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using TechLead.Fitness.Engines;
using TechLead.Rules.Model;
using TechLead.Rules.Parsing;

namespace TechLead.Benchmarks.Differential;

/// <summary>
/// The differential harness (issue 22): builds any solution, generates the strict rule battery from its namespaces,
/// runs the analyzer (`techlead check`) and both fitness engines on what the build wrote, and prints every
/// disagreement as (rule, source type, target type, construct: the source line the analyzer reports, or "IL only").
/// A disagreement the definition explains (rules/0039: a `const` or enum constant IL inlines; an unused `using static`)
/// is counted apart. Exit code: 0 when nothing is unexplained.
/// <c>dotnet run -c Release --project benchmarks/TechLead.Benchmarks -- differential path/to/App.sln [--no-build] [--msbuild "-p:X=Y"] [--techlead path/to/techlead.dll] [--max-forbid 300]</c>
/// </summary>
internal static class DifferentialRun
{
    public static int Run(string[] args)
    {
        var solution = Path.GetFullPath(args[0]);
        var build = !args.Contains("--no-build");
        var cli = Option(args, "--techlead") ?? DefaultCli();
        var maxForbid = int.Parse(Option(args, "--max-forbid") ?? "300", CultureInfo.InvariantCulture);
        var work = Path.Combine(Path.GetTempPath(), "techlead-differential", Path.GetFileNameWithoutExtension(solution) + "-" + Guid.NewGuid().ToString("N")[..8]);
        var adrDirectory = Path.Combine(work, "adr");
        Directory.CreateDirectory(adrDirectory);

        var assemblies = SolutionBuild.Run(solution, build, Option(args, "--msbuild") ?? string.Empty);
        var adr = RuleBattery.Adr(assemblies, maxForbid);
        File.WriteAllText(Path.Combine(adrDirectory, "9922-differential.md"), adr);
        var parsed = AdrParser.Parse("9922-differential.md", adr);
        var rules = parsed.Document?.Rules ?? throw new InvalidOperationException("the battery does not parse: " + string.Join("; ", parsed.Diagnostics.Select(d => d.Message)));
        Console.WriteLine($"{Path.GetFileName(solution)}: {assemblies.Count} assemblies, {rules.Count} rules");

        PartlyGenerated.Load(assemblies);
        IlOnlyFacts.Load(assemblies);
        var notes = new List<string>();
        var set = AssemblySet.FromPaths(assemblies);
        var analyzer = EngineFindings.Analyzer(cli, solution, adrDirectory, work);
        var archUnit = EngineFindings.Fitness(EngineFindings.ArchUnit, rules, set, notes);
        var netArchTest = EngineFindings.Fitness(EngineFindings.NetArchTest, rules, set, notes);
        var skipped = notes.Where(n => n.Contains(" skips ", StringComparison.Ordinal)).Select(n => n.Split(' ')[2].TrimEnd(':')).ToHashSet(StringComparer.Ordinal);
        foreach (var note in notes.Distinct())
        {
            Console.WriteLine("note: " + note);
        }

        var report = Compare(rules, analyzer, archUnit, netArchTest, skipped);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"rules {report.Rules}, agreeing {report.AgreeingRules} ({100.0 * report.AgreeingRules / Math.Max(1, report.Rules):0.0} %); findings analyzer {analyzer.Count} (distinct {analyzer.Select(f => (f.Rule, f.From, f.To)).Distinct().Count()}), ArchUnitNET {archUnit.Count}, NetArchTest {netArchTest.Count}; disagreements {report.Unexplained} unexplained, {report.Explained} explained"));
        return report.Unexplained == 0 ? 0 : 1;
    }

    private static (int Rules, int AgreeingRules, int Unexplained, int Explained) Compare(
        IReadOnlyList<Rule> rules, List<Finding> analyzer, List<Finding> archUnit, List<Finding> netArchTest, HashSet<string> netArchTestSkips)
    {
        var agreeing = 0;
        var unexplained = 0;
        var explained = 0;
        foreach (var rule in rules)
        {
            var a = Distinct(analyzer.Where(f => f.Rule == rule.Id));
            var u = Distinct(archUnit.Where(f => f.Rule == rule.Id));
            var n = netArchTestSkips.Contains(rule.Id) ? u : Distinct(netArchTest.Where(f => f.Rule == rule.Id));
            var all = a.Keys.Union(u.Keys).Union(n.Keys).OrderBy(k => k.From, StringComparer.Ordinal).ThenBy(k => k.To, StringComparer.Ordinal).ToList();
            var disagreeing = all.Where(k => !(a.ContainsKey(k) && u.ContainsKey(k) && n.ContainsKey(k))).ToList();
            if (disagreeing.Count == 0)
            {
                agreeing++;
                continue;
            }

            foreach (var key in disagreeing)
            {
                var engines = (a.ContainsKey(key) ? "A" : "-") + (u.ContainsKey(key) ? "U" : "-") + (n.ContainsKey(key) ? "N" : "-");
                var where = a.TryGetValue(key, out var shown) ? shown : "IL only";
                var reason = Explanation(key, engines, where);
                if (reason is null)
                {
                    unexplained++;
                }
                else
                {
                    explained++;
                }

                Console.WriteLine($"  {(reason is null ? "DIFF" : "expl")} {rule.Id} [{engines}] {key.From} -> {(key.To.Length == 0 ? "(type rule)" : key.To)} | {where}{(reason is null ? string.Empty : " | " + reason)}");
            }
        }

        return (rules.Count, agreeing, unexplained, explained);
    }

    /// <summary>The declared differences of rules/0039 and docs/conformance.md, recognised from the source line the analyzer reports.</summary>
    private static string? Explanation((string From, string To) key, string engines, string where)
    {
        if (engines == "-UN" && PartlyGenerated.IsAttributeOfGeneratedPart(key.From, key.To))
        {
            return "an attribute of a partial class that has a generated part (EF migrations' [DbContext], [Migration]): IL does not say which part declares it";
        }

        if (engines == "-UN" && IlOnlyFacts.IsSpreadLowering(key.From, key.To))
        {
            return "a spread ([.. items]) into a list or array: the compiler calls Enumerable.ToList/ToArray, which IL cannot tell from a written call";
        }

        if (engines == "-UN" && IlOnlyFacts.IsDefaultLiteral(key.From, key.To))
        {
            return "a `default` argument: IL creates the struct the called member's signature names (initobj), which IL cannot tell from a written `new T()`";
        }

        if (engines != "A--")
        {
            return null;
        }

        var at = System.Text.RegularExpressions.Regex.Match(where, @"^(?<file>.+?):(?<line>\d+): ");
        if (at.Success && IlOnlyFacts.IsInterceptedCall(key.From, at.Groups["file"].Value, int.Parse(at.Groups["line"].Value, CultureInfo.InvariantCulture)))
        {
            return "a call a source generator intercepts: IL calls the generated interceptor";
        }

        if (where.Contains("using static", StringComparison.Ordinal))
        {
            return "IL has no using directives";
        }

        var simpleName = key.To[(key.To.LastIndexOf('.') + 1)..];
        var tick = simpleName.IndexOf('`', StringComparison.Ordinal);
        simpleName = tick < 0 ? simpleName : simpleName[..tick];
        var attributeName = simpleName.EndsWith("Attribute", StringComparison.Ordinal) ? simpleName[..^"Attribute".Length] : simpleName;
        if (System.Text.RegularExpressions.Regex.IsMatch(where, $@"[\[,]\s*(\w+\.)*{System.Text.RegularExpressions.Regex.Escape(attributeName)}(Attribute)?\s*[\](,]")
            && IlOnlyFacts.IsConditionalAttribute(key.To))
        {
            return "a [Conditional] attribute: the compiler does not emit it";
        }

        if (key.To.StartsWith("System.Linq.Expressions.", StringComparison.Ordinal) && System.Text.RegularExpressions.Regex.IsMatch(where, @"\bExpression\.[A-Z]\w*\s*[(<]"))
        {
            return "a hand-written Expression factory call: IL cannot tell it from the compiler's expression-tree lowering";
        }

        // `Type.Member` not followed by a call or type arguments: the shape of a constant; the line is printed to check it.
        return System.Text.RegularExpressions.Regex.IsMatch(where, $@"\b{System.Text.RegularExpressions.Regex.Escape(simpleName)}\.[A-Z]\w*\b(?!\s*[(<])")
            ? "a const or enum constant (IL inlines its value)"
            : null;
    }

    /// <summary>Distinct (from, to) pairs with the first source line the analyzer showed for each.</summary>
    private static Dictionary<(string From, string To), string> Distinct(IEnumerable<Finding> findings)
    {
        var pairs = new Dictionary<(string, string), string>();
        foreach (var finding in findings)
        {
            pairs.TryAdd((finding.From, finding.To), finding.Where ?? string.Empty);
        }

        return pairs;
    }

    private static string? Option(string[] args, string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    /// <summary>The CLI built from this checkout (`dotnet build src/TechLead.Cli -c Release`).</summary>
    private static string DefaultCli()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "src", "TechLead.Cli", "bin", "Release", "net10.0", "techlead.dll");
            if (File.Exists(Path.Combine(directory.FullName, "TechLead.sln")))
            {
                return File.Exists(candidate) ? candidate : throw new InvalidOperationException($"build the CLI first: dotnet build src/TechLead.Cli -c Release (looked for {candidate})");
            }
        }

        throw new InvalidOperationException("pass --techlead path/to/techlead.dll");
    }
}
