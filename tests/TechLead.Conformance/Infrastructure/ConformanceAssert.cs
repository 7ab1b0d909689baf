using System.Collections.Generic;
using System.Linq;
using TechLead.Conformance.Expectations;
using TechLead.Rules.Model;

namespace TechLead.Conformance.Infrastructure;

/// <summary>
/// Compares each engine's findings for a rule with the spec's expected set, adjusted by the
/// explained differences for that engine, and the messages engines share; fails with every
/// difference, engine by engine.
/// </summary>
internal static class ConformanceAssert
{
    public static void Conforms(string qualifiedRule)
    {
        var corpus = ConformanceCorpus.Instance;
        var rule = corpus.Rule(qualifiedRule);
        var expected = ExpectedViolations.For(rule.Adr.Id, rule.Id)
            ?? throw new Xunit.Sdk.XunitException($"{qualifiedRule}: the corpus rule has no expected violation set in ExpectedViolations");
        var report = new List<string>();
        foreach (var engine in new[] { EngineName.Analyzer, EngineName.ArchUnitNet, EngineName.NetArchTest })
        {
            CompareEngine(corpus, rule, engine, expected, report);
        }

        CompareMessages(corpus, rule, EngineName.Analyzer, EngineName.ArchUnitNet, report);

        // NetArchTest runs the rule core's checks for type-level kinds and names the type used for dependency kinds.
        CompareMessages(corpus, rule, EngineName.ArchUnitNet, EngineName.NetArchTest, report);

        if (report.Count > 0)
        {
            throw new Xunit.Sdk.XunitException($"{qualifiedRule}: the engines do not conform to the expected set on the corpus\n" + string.Join("\n", report));
        }
    }

    /// <summary>What <paramref name="engine"/> should report: the spec set with its explained differences applied.</summary>
    public static HashSet<Finding> ExpectedFor(EngineName engine, Rule rule, IReadOnlySet<Finding> spec)
    {
        var expected = spec.ToHashSet();
        foreach (var difference in ExplainedDifferences.All.Where(d => d.Engine == engine && d.Finding.Adr == rule.Adr.Id && d.Finding.Rule == rule.Id))
        {
            if (difference.Extra)
            {
                expected.Add(difference.Finding);
            }
            else
            {
                expected.Remove(difference.Finding);
            }
        }

        return expected;
    }

    private static void CompareEngine(ConformanceCorpus corpus, Rule rule, EngineName engine, IReadOnlySet<Finding> spec, List<string> report)
    {
        var actual = corpus.FindingsOf(engine, rule);
        if (actual is null)
        {
            return;
        }

        var expected = ExpectedFor(engine, rule, spec);
        var missing = expected.Except(actual).OrderBy(f => f.ToString(), System.StringComparer.Ordinal).ToList();
        var unexpected = actual.Except(expected).OrderBy(f => f.ToString(), System.StringComparer.Ordinal).ToList();
        if (missing.Count == 0 && unexpected.Count == 0)
        {
            return;
        }

        report.Add($"  {engine}: {actual.Count} finding(s), expected {expected.Count}");
        foreach (var finding in missing)
        {
            report.Add($"    missing:    {Describe(finding)}");
        }

        foreach (var finding in unexpected)
        {
            report.Add($"    unexpected: {Describe(finding)}");
        }
    }

    private static void CompareMessages(ConformanceCorpus corpus, Rule rule, EngineName first, EngineName second, List<string> report)
    {
        var a = corpus.FindingsOf(first, rule);
        var b = corpus.FindingsOf(second, rule);
        if (a is null || b is null)
        {
            return;
        }

        foreach (var finding in a.Intersect(b).OrderBy(f => f.ToString(), System.StringComparer.Ordinal))
        {
            var firstMessages = corpus.MessagesOf(first, finding);
            var secondMessages = corpus.MessagesOf(second, finding);
            if (!firstMessages.SetEquals(secondMessages))
            {
                report.Add($"  messages differ for {Describe(finding)}");
                report.Add($"    {first}: {string.Join(" | ", firstMessages.Order(System.StringComparer.Ordinal))}");
                report.Add($"    {second}: {string.Join(" | ", secondMessages.Order(System.StringComparer.Ordinal))}");
            }
        }
    }

    private static string Describe(Finding finding) => finding.To.Length == 0 ? finding.From : $"{finding.From} -> {finding.To}";
}
