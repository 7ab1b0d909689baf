using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using TechLead.Analyzers.Input;
using TechLead.Rules.Baselines;
using TechLead.Rules.Model;
using TechLead.Rules;
using TechLead.Rules.Evaluation;

namespace TechLead.Analyzers.Reporting;

/// <summary>
/// Turns a rule violation into a diagnostic: effective severity (ADR status, per-rule override),
/// the baseline ratchet (rules/0010), the ADR's help link and the contract's properties.
/// </summary>
internal sealed class ViolationReporter(AnalyzerSettings settings, Baseline baseline, string today)
{
    private static readonly Dictionary<BaselineKey, int> NoCounts = [];

    // Created on first use: most compilations (every keystroke in the IDE) report nothing and have no baseline.
    private ConcurrentDictionary<Rule, string>? helpLinks;
    private ConcurrentQueue<Deferred>? deferred;
    private ConcurrentDictionary<BaselineKey, int>? counts;

    /// <summary>Violations per baseline key (hidden ones included): what TL9004 staleness is judged on.</summary>
    public IReadOnlyDictionary<BaselineKey, int> Counts => counts ?? (IReadOnlyDictionary<BaselineKey, int>)NoCounts;

    /// <summary>
    /// Reports the violation now, or, when an unexpired baseline entry covers its key, keeps it for
    /// <see cref="ReportBaselined"/>: only once every violation of the key is known can the ratchet tell which stay hidden.
    /// </summary>
    public void Report<TSink>(TSink report, SourceViolation violation)
        where TSink : struct, IDiagnosticSink
    {
        var rule = violation.Rule;
        var severity = LifecycleSeverity.Effective(rule.Adr.Status, violation.DeclaredSeverity ?? rule.DeclaredSeverity);
        if (severity == RuleSeverity.None)
        {
            return;
        }

        severity = LifecycleSeverity.WithOverride(rule.Adr.Status, severity, settings.SeverityOverride(rule, violation.Location.SourceTree));
        if (severity == RuleSeverity.None)
        {
            return;
        }

        if (baseline.Entries.Count > 0)
        {
            var key = BaselineKey.Of(rule, violation);
            LazyInitializer.EnsureInitialized(ref counts, static () => new ConcurrentDictionary<BaselineKey, int>())!.AddOrUpdate(key, 1, static (_, count) => count + 1);
            if (baseline.HasUnexpiredEntry(key, today))
            {
                LazyInitializer.EnsureInitialized(ref deferred, static () => new ConcurrentQueue<Deferred>())!.Enqueue(new Deferred(key, violation, severity));
                return;
            }
        }

        report.Report(Create(violation, violation.Message, severity));
    }

    /// <summary>
    /// At compilation end: per baselined key, in source order (file path ordinal, then position), the first
    /// <c>count</c> violations stay hidden and the others are reported with how many the baseline allows (rules/0010).
    /// </summary>
    public void ReportBaselined<TSink>(TSink report)
        where TSink : struct, IDiagnosticSink
    {
        // Nothing baselined (every build without a baseline file): the ratchet's sorting and grouping would run on
        // nothing, yet a compiler started cold would JIT-compile it all first (rules/0038).
        if (deferred is not { IsEmpty: false })
        {
            return;
        }

        var inSourceOrder = deferred
            .OrderBy(d => d.Violation.Location.SourceTree?.FilePath ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(d => d.Violation.Location.SourceSpan.Start)
            .ThenBy(d => d.Violation.Location.SourceSpan.End);
        foreach (var outcome in BaselineRatchet.Apply(baseline, inSourceOrder, d => d.Key, today))
        {
            if (!outcome.Hidden)
            {
                var (_, violation, severity) = outcome.Violation;
                report.Report(Create(violation, outcome.Message(violation.Message), severity));
            }
        }
    }

    public static DiagnosticSeverity ToDiagnosticSeverity(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => DiagnosticSeverity.Error,
        RuleSeverity.Warning => DiagnosticSeverity.Warning,
        RuleSeverity.Info => DiagnosticSeverity.Info,
        _ => DiagnosticSeverity.Hidden,
    };

    private Diagnostic Create(SourceViolation violation, string message, RuleSeverity severity)
    {
        var rule = violation.Rule;
        var diagnosticSeverity = ToDiagnosticSeverity(severity);
        var descriptor = Descriptor(rule, diagnosticSeverity, violation.Location.SourceTree);
        var properties = ImmutableDictionary.CreateBuilder<string, string?>(StringComparer.Ordinal);
        properties[DiagnosticProperties.Adr] = rule.Adr.Id;
        properties[DiagnosticProperties.Rule] = rule.Id;
        properties[DiagnosticProperties.AdrPath] = rule.Adr.Path;
        properties[DiagnosticProperties.Owners] = string.Join(",", rule.Adr.FrontMatter.Owners);
        properties[DiagnosticProperties.BaselineFrom] = violation.BaselineFrom;
        properties[DiagnosticProperties.BaselineTo] = violation.BaselineTo;
        if (violation.Extra is { } extra)
        {
            foreach (var pair in extra)
            {
                properties[pair.Key] = pair.Value;
            }
        }

        return Diagnostic.Create(descriptor, violation.Location, diagnosticSeverity, additionalLocations: null, properties.ToImmutable(), message);
    }

    /// <summary>
    /// The rule's per-ADR descriptor. A proposed rule's diagnostic is marked not configurable where the compiler's
    /// configuration (bulk options such as <c>dotnet_analyzer_diagnostic.severity = error</c>, or a per-ID setting)
    /// would raise it to a warning or an error: a proposed ADR never fails a build. Elsewhere it stays configurable,
    /// so <c>none</c>, <c>#pragma</c> and suppressions work as for any diagnostic.
    /// </summary>
    private DiagnosticDescriptor Descriptor(Rule rule, DiagnosticSeverity severity, SyntaxTree? tree)
    {
        var template = Descriptors.Find(rule.DiagnosticId)!;
        var pinned = rule.Adr.Status == AdrStatus.Proposed && settings.WouldRaiseToWarningOrError(template.Id, template.Category, tree);
        return Descriptors.WithHelpLink(template, HelpLink(rule), severity, pinned);
    }

    private string HelpLink(Rule rule)
    {
        var links = LazyInitializer.EnsureInitialized(ref helpLinks, static () => new ConcurrentDictionary<Rule, string>())!;
        return links.TryGetValue(rule, out var link) ? link : links.GetOrAdd(rule, HelpLinks.For(rule.Adr.Path, rule.Id, settings.AdrBaseUrl, settings.RepositoryRoot));
    }

    private readonly record struct Deferred(BaselineKey Key, SourceViolation Violation, RuleSeverity Severity);
}
