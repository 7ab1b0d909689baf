using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TechLead.Fitness.Engines;
using TechLead.Fitness.Evaluation;
using TechLead.Fitness.Examples;
using TechLead.Fitness.Sources;
using TechLead.Fitness.Xunit;
using TechLead.Rules;
using TechLead.Rules.Baselines;
using TechLead.Rules.Evaluation;
using TechLead.Rules.Model;

namespace TechLead.Fitness.Cases;

/// <summary>Runs one named case of a fitness class; a failure throws <see cref="AdrFitnessException"/> with the report.</summary>
internal static class FitnessCaseRunner
{
    public static void Run(AdrFitnessTests tests, string caseName)
    {
        var loaded = tests.Source.Load();
        if (caseName == FitnessCase.AdrValidation)
        {
            Validate(tests, loaded);
            return;
        }

        var examples = caseName.EndsWith(FitnessCase.ExamplesSuffix, StringComparison.Ordinal);
        var ruleId = examples ? caseName.Substring(0, caseName.Length - FitnessCase.ExamplesSuffix.Length) : caseName;
        var rule = loaded.Set.Rules.FirstOrDefault(r => r.QualifiedId == ruleId)
            ?? throw new AdrFitnessException($"{caseName}: the rule no longer exists in {tests.Source.Description}; rebuild to rediscover the cases");
        if (examples)
        {
            var failures = ExampleSelfTest.Run(rule, tests.Assemblies);
            if (failures.Count > 0)
            {
                throw new AdrFitnessException($"{caseName}: the rule's examples do not behave as declared\n  " + string.Join("\n  ", failures));
            }

            return;
        }

        CheckRule(tests, loaded, rule);
    }

    private static void Validate(AdrFitnessTests tests, LoadedAdrs loaded)
    {
        var problems = new List<string>();
        if (loaded.Error is not null)
        {
            problems.Add(loaded.Error);
        }

        // Warnings (TL9005 broken supersession, unknown front-matter keys) inform; only errors fail, as in the build,
        // where a problem with a rule of an ADR that is not accepted counts at info (rules/0015).
        foreach (var diagnostic in loaded.Set.Diagnostics.Concat(loaded.BaselineProblems))
        {
            var severity = loaded.Set.BuildSeverity(diagnostic);
            if (severity == RuleSeverity.Error)
            {
                problems.Add(Describe(diagnostic));
            }
            else
            {
                FitnessOutput.WriteLine($"{NameOf(severity)} {Describe(diagnostic)}");
            }
        }
        if (tests.StrictBaseline && loaded.BaselineMissing)
        {
            problems.Add($"{loaded.BaselinePath}: {DiagnosticIds.StaleBaselineEntry}: baseline file not found; strict mode needs one (create it with 'techlead baseline create')");
        }

        // Entries for rules that no longer exist can never match: stale.
        var known = new HashSet<string>(loaded.Set.Rules.Select(r => r.QualifiedId), StringComparer.Ordinal);
        Report(tests, BaselineStaleness.FindUnmatched(loaded.Baseline, [], SeverityOf(tests), e => !known.Contains(e.Adr + "/" + e.Rule)), problems);
        if (problems.Count > 0)
        {
            throw new AdrFitnessException($"{FitnessCase.AdrValidation}: {problems.Count} problem(s) in {tests.Source.Description}\n  " + string.Join("\n  ", problems));
        }
    }

    private static void CheckRule(AdrFitnessTests tests, LoadedAdrs loaded, Rule rule)
    {
        var engine = EngineAdapters.Get(tests.EngineKind);
        var result = engine.Evaluate(rule, tests.Assemblies);
        if (result.Problems.Count > 0)
        {
            // An assembly that does not load is named; what the others broke is still shown (issue 22, bad input).
            var found = result.Violations.Count == 0 ? string.Empty
                : "\n  violations in the assemblies that were checked:\n    " + string.Join("\n    ", result.Violations.Select(v => v.ReportLine));
            throw new AdrFitnessException($"{rule.QualifiedId}: the rule could not be checked\n  " + string.Join("\n  ", result.Problems) + found);
        }

        var today = tests.Today;
        BaselineKey KeyOf(AssemblyViolation v) => BaselineKey.Of(rule, v);

        // An engine that does not report targets (NetArchTest) is matched by the source type alone.
        var (withoutTarget, matched) = BaselineRatchet.ApplyWithoutTarget(loaded.Baseline, result.Violations.Where(v => v.TargetUnknown), KeyOf, today);

        // The engine's order (ordinal by report line: type and member names) is the deterministic order the
        // ratchet takes a key's violations in; compiled code has no source lines (rules/0010).
        var judged = BaselineRatchet.Apply(loaded.Baseline, result.Violations.Where(v => !v.TargetUnknown), v => KeyOf(v), today);
        var present = new HashSet<BaselineKey>(matched.Concat(judged.Select(o => o.Key!.Value)));
        var reported = withoutTarget.Concat(judged).Where(o => !o.Hidden).Select(o => o.Violation with { Message = o.Message(o.Violation.Message) }).ToList();
        reported.Sort((a, b) => string.CompareOrdinal(a.ReportLine, b.ReportLine));

        // Compiled IL cannot count source references, so an entry is stale only when nothing matches its key any more.
        var problems = new List<string>();
        Report(tests, BaselineStaleness.FindUnmatched(loaded.Baseline, present, SeverityOf(tests), e => e.Adr == rule.Adr.Id && e.Rule == rule.Id), problems);
        if (reported.Count > 0 && rule.EffectiveSeverity != RuleSeverity.Error)
        {
            // Like the analyzer, a rule the ADR gives a lower severity informs without breaking the build.
            var severity = NameOf(rule.EffectiveSeverity);
            foreach (var violation in reported)
            {
                FitnessOutput.WriteLine($"{severity} {rule.DiagnosticId}: {violation.ReportLine}");
            }

            reported.Clear();
        }

        if (reported.Count > 0)
        {
            var report = FailureReport.Format(rule, reported, result.Violations.Count - reported.Count, Link(rule, tests.AdrBaseUrlOption, tests.RepositoryRootOption ?? loaded.RepositoryRoot));
            throw new AdrFitnessException(problems.Count == 0 ? report : report + "\n" + string.Join("\n", problems));
        }

        if (problems.Count > 0)
        {
            throw new AdrFitnessException($"{rule.QualifiedId}: strict baseline\n  " + string.Join("\n  ", problems));
        }
    }

    /// <summary>The rule's help link (rules core), from absolute paths: the ADR source may be given relative to the test's folder.</summary>
    private static string Link(Rule rule, string? baseUrl, string? repositoryRoot) =>
        HelpLinks.For(Path.GetFullPath(rule.Adr.Path), rule.Id, baseUrl, repositoryRoot is null ? null : Path.GetFullPath(repositoryRoot));

    /// <summary>Stale entries: failures in strict mode, else warnings in the case's output.</summary>
    private static void Report(AdrFitnessTests tests, IReadOnlyList<AdrDiagnostic> stale, List<string> problems)
    {
        foreach (var diagnostic in stale)
        {
            if (tests.StrictBaseline)
            {
                problems.Add(Describe(diagnostic));
            }
            else
            {
                FitnessOutput.WriteLine("warning " + Describe(diagnostic));
            }
        }
    }

    /// <summary>The severity as the ADR format spells it; "none" for a rule that is not evaluated.</summary>
    private static string NameOf(RuleSeverity severity) => Spellings.Severity.NameOf(severity) ?? "none";

    private static RuleSeverity SeverityOf(AdrFitnessTests tests) => tests.StrictBaseline ? RuleSeverity.Error : RuleSeverity.Warning;

    /// <summary><c>path:line:col: TL9002: message</c>.</summary>
    private static string Describe(AdrDiagnostic diagnostic) =>
        $"{diagnostic.Path}:{diagnostic.Span.DisplayLine}:{diagnostic.Span.DisplayColumn}: {diagnostic.Id}: {diagnostic.Message}";
}
