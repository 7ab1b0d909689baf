using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using TechLead.Conformance.Expectations;
using TechLead.Conformance.Infrastructure;
using TechLead.Rules.Model;

namespace TechLead.Conformance;

/// <summary>The corpus itself: it compiles, its ADRs are valid, it covers every rule kind, and the expectations match it.</summary>
public sealed class CorpusTests
{
    [Fact]
    public void The_corpus_compiles_without_errors_and_its_adrs_without_problems()
    {
        var corpus = ConformanceCorpus.Instance;
        var problems = corpus.Compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString())
            .Concat(corpus.AdrSet.Diagnostics.Select(d => $"{Path.GetFileName(d.Path)}:{d.Span.DisplayLine}:{d.Span.DisplayColumn}: {d.Id}: {d.Message}"))
            .Concat(corpus.Analyzer.OtherDiagnostics)
            .Concat(corpus.Analyzer.Exceptions)
            .ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_corpus_has_a_rule_of_every_kind_and_every_rule_is_accepted()
    {
        var corpus = ConformanceCorpus.Instance;
        Assert.Equal(Enum.GetValues<RuleKind>().Order(), corpus.AdrSet.Rules.Select(r => r.Kind).Distinct().Order());
        Assert.All(corpus.AdrSet.Rules, r => Assert.Equal(AdrStatus.Accepted, r.Adr.Status));
    }

    [Fact]
    public void Every_corpus_rule_has_an_expected_set_and_every_expectation_a_rule()
    {
        var rules = ConformanceCorpus.Instance.AdrSet.Rules.Select(r => r.QualifiedId).Order(StringComparer.Ordinal);
        Assert.Equal(rules, ExpectedViolations.Rules.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_explained_difference_names_a_corpus_rule_and_a_reason()
    {
        var rules = ConformanceCorpus.Instance.AdrSet.Rules.Select(r => r.QualifiedId).ToHashSet(StringComparer.Ordinal);
        Assert.All(ExplainedDifferences.All, d =>
        {
            Assert.Contains(d.Finding.QualifiedRule, rules);
            Assert.False(string.IsNullOrWhiteSpace(d.Reason));
        });
    }

    [Fact]
    public void Every_engine_finds_violations_on_the_corpus()
    {
        var corpus = ConformanceCorpus.Instance;
        Assert.All(corpus.Findings, pair => Assert.NotEmpty(pair.Value));
    }
}
