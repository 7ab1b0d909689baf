using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TechLead.Analyzers.Analysis;
using TechLead.Analyzers.Input;
using TechLead.Analyzers.Symbols;
using TechLead.Analyzers.Reporting;
using TechLead.Rules;
using TechLead.Rules.Baselines;
using TechLead.Rules.Evaluation;
using TechLead.Rules.Model;

namespace TechLead.Analyzers;

/// <summary>
/// Enforces the rules of the ADRs given as AdditionalFiles: dependencies (TL0001–TL0005), banned
/// APIs (TL0101), type shape (TL0201–TL0205), vocabulary (TL0206), members (TL0207), and reports problems in the ADR
/// files themselves (TL9xxx) at their own line.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TechLeadAnalyzer : DiagnosticAnalyzer
{
    private readonly Func<Compilation, RoslynTypeModel, IDependencyListener>? listeners;

    public TechLeadAnalyzer()
    {
    }

    /// <summary>An analyzer that also tells a listener per compilation about every dependency it finds (the CLI's namespace graph).</summary>
    internal TechLeadAnalyzer(Func<Compilation, RoslynTypeModel, IDependencyListener> listeners) => this.listeners = listeners;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Descriptors.All;

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        // Generated code is not analyzed (nobody can act on a violation there). ReportDiagnostics without Analyze keeps
        // that, and spares the driver a scan of every tree for [GeneratedCode] symbols on the first diagnostic in it:
        // every location we report is in code that was analyzed, so nothing generated can be hit.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var inputs = AdrInputs.Read(context.Options, text => context.TryGetValue(text, ParsedText.Provider, out var parsed) ? parsed : null, context.CancellationToken);
        var settings = new AnalyzerSettings(context.Options.AnalyzerConfigOptionsProvider, context.Compilation);
        if (inputs.AdrFiles == 0 && settings.AdrSearchStart is { } searchStart)
        {
            // The package is referenced, yet no ADR reached the build: say so once, rather than "Build succeeded" alone (rules/0032).
            var message = NoAdrsFound.Message(settings.AdrDirectory, searchStart);
            context.RegisterCompilationEndAction(end => end.ReportDiagnostic(Diagnostic.Create(Descriptors.NoAdrsFound, Location.None, message)));
        }

        var activeRules = inputs.ActiveRules;
        if (activeRules.Count == 0 && inputs.Diagnostics.Count == 0 && listeners is null)
        {
            return;
        }

        var model = new RoslynTypeModel(context.Compilation.Assembly, settings.EntryPointNamespace);
        var reporter = new ViolationReporter(settings, inputs.Baseline, Today());
        var listener = listeners?.Invoke(context.Compilation, model);
        var references = new ReferenceChecker(inputs, model, reporter, listener, context.Compilation);
        if (listener is not null)
        {
            context.RegisterSymbolAction(symbol => listener.OnType((INamedTypeSymbol)symbol.Symbol), SymbolKind.NamedType);
        }

        var declarations = new DeclarationChecker(inputs, model, reporter, references);

        if (references.HasRules)
        {
            if (references.HasTypeReferenceRules)
            {
                // One walk per tree, not a callback per identifier (rules/0071).
                context.RegisterSemanticModelAction(new DependencyWalk(references, context.Compilation).AnalyzeTree);
            }

            context.RegisterOperationAction(new DependencyOperations(references).Analyze, DependencyOperations.Kinds);
            if (!references.Banned.IsEmpty)
            {
                context.RegisterOperationAction(new BannedUseOperations(references).Analyze, BannedUseOperations.Kinds);
            }
        }

        if (declarations.HasTypeChecks)
        {
            context.RegisterSymbolAction(declarations.AnalyzeType, SymbolKind.NamedType);
        }

        if (declarations.HasMemberChecks)
        {
            context.RegisterSymbolAction(declarations.AnalyzeMember, DeclarationChecker.MemberKinds);
        }

        context.RegisterCompilationEndAction(end => OnCompilationEnd(end, inputs, settings, references, declarations, reporter, model));
    }

    private static void OnCompilationEnd(CompilationAnalysisContext context, AdrInputs inputs, AnalyzerSettings settings, ReferenceChecker references, DeclarationChecker declarations, ViolationReporter reporter, RoslynTypeModel model)
    {
        foreach (var problem in inputs.Diagnostics)
        {
            ReportAdrProblem(context, inputs.Set, settings, problem);
        }

        // Sorted only when there is something to sort: a cold compiler would JIT-compile the sort for nothing (rules/0038).
        if (declarations.TimedOut.Count > 0)
        {
            foreach (var timeout in declarations.TimedOut.OrderBy(t => t.Key.Adr.Path, StringComparer.Ordinal).ThenBy(t => t.Key.Span.Start))
            {
                var rule = timeout.Key;
                var message = RuleProblems.NamingPatternTimedOut(rule, timeout.Value);
                ReportAdrProblem(context, inputs.Set, settings, new AdrDiagnostic(DiagnosticIds.InvalidRule, message, rule.Adr.Path, rule.Span, RuleSeverity.Error));
            }
        }

        if (declarations.Members.TimedOut.Count > 0)
        {
            foreach (var timeout in declarations.Members.TimedOut.OrderBy(t => t.Key.Adr.Path, StringComparer.Ordinal).ThenBy(t => t.Key.Span.Start))
            {
                var rule = timeout.Key;
                ReportAdrProblem(context, inputs.Set, settings, new AdrDiagnostic(DiagnosticIds.InvalidRule, rule.PatternTimedOut(timeout.Value), rule.Adr.Path, rule.Span, RuleSeverity.Error));
            }
        }

        foreach (var cycles in references.Cycles)
        {
            foreach (var (reference, message) in cycles.FindCycles())
            {
                reporter.Report(new CompilationSink(context), new SourceViolation(cycles.Rule, reference.Location, message, reference.FromId, reference.ToId));
            }
        }

        reporter.ReportBaselined(new CompilationSink(context));

        foreach (var stale in StaleBaselineEntries(context.Compilation, inputs.Baseline, reporter, model))
        {
            context.ReportDiagnostic(AdrLocations.ToDiagnostic(stale));
        }
    }

    /// <summary>
    /// A TL9xxx at the severity its ADR's status gives it (rules/0015); one the status keeps at info is pinned there when
    /// the compiler's configuration would raise it (ADR files have no syntax tree: judged as at the project's first source file).
    /// </summary>
    private static void ReportAdrProblem(CompilationAnalysisContext context, AdrSet set, AnalyzerSettings settings, AdrDiagnostic problem)
    {
        var lowered = set.IsLoweredByStatus(problem);
        var pinned = lowered && settings.WouldRaiseToWarningOrError(problem.Id, Descriptors.InvalidRule.Category, context.Compilation.SyntaxTrees.FirstOrDefault());
        context.ReportDiagnostic(AdrLocations.ToDiagnostic(problem, set.BuildSeverity(problem), pinned));
    }

    /// <summary>
    /// TL9004 only for entries whose <c>from</c> is declared in this compilation (the top-level <c>Program</c> under its
    /// root-namespace name too): other projects judge their own.
    /// </summary>
    private static IReadOnlyList<AdrDiagnostic> StaleBaselineEntries(Compilation compilation, Baseline baseline, ViolationReporter reporter, RoslynTypeModel model)
    {
        if (baseline.Entries.Count == 0)
        {
            return [];
        }

        return BaselineStaleness.Find(baseline, reporter.Counts, RuleSeverity.Warning, entry => model.FindByDocumentationId(entry.From, compilation) is { } symbol && symbol.Locations.Any(l => l.IsInSource));
    }

    /// <summary>Baseline expiry is judged by the UTC date (entries expire at the end of their day), as in every engine.</summary>
    private static string Today() => BaselineDate.Of(DateTimeOffset.UtcNow);
}
