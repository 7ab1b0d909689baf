using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TechLead.Cli.Infrastructure;
using TechLead.Analyzers.Symbols;
using TechLead.Rules.Diagrams;
using TechLead.Rules.Evaluation;
using TechLead.Rules.Model;
using TechLead.Rules.Selectors;
using TechLead.Rules;

namespace TechLead.Cli.Checking;

/// <summary>
/// Opens the solution with MSBuildWorkspace and runs the IDE's analyzer over each project's
/// compilation through <see cref="CompilationWithAnalyzers"/>, with the ADRs as AdditionalFiles.
/// </summary>
internal sealed class RoslynSolutionChecker : ISolutionChecker
{
    public async Task<CheckerOutput> RunAsync(CheckRequest request, ICheckProgress progress, CancellationToken cancellationToken)
    {
        using var loaded = await LoadedSolution.OpenAsync(request.TargetPath, request.Restore, request.Verbose, progress, cancellationToken).ConfigureAwait(false);
        if (loaded.SdkNote is { } note)
        {
            progress.Log($"techlead: note: {note}");
        }

        return await AnalyzeAsync(loaded, request, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs the analyzer over a solution already loaded, with the request's ADR files: <c>infer</c> loads once and
    /// analyzes its draft ADR on the same compilations (Roslyn caches them per project).
    /// </summary>
    public static async Task<CheckerOutput> AnalyzeAsync(LoadedSolution loaded, CheckRequest request, ICheckProgress progress, CancellationToken cancellationToken)
    {
        var projects = loaded.Projects;
        var analyzers = AnalyzerLoader.LoadTechLeadAnalyzers();
        var additionalTexts = request.AdrFiles.Select(f => (AdditionalText)new AdrAdditionalText(f.Path, f.Text)).ToImmutableArray();
        var overrides = BuildProperties(request);
        var findings = new Dictionary<(string, string, int, int, string), Finding>();
        var graph = request.CollectNamespaceGraph ? new NamespaceGraph() : null;
        var activeRules = AdrSet.Load(request.AdrFiles).ActiveRules;
        var constraints = graph is null ? [] : DependencyConstraint.Compile(activeRules);
        var diagramRules = activeRules.OfType<DiagramRule>().ToList();
        var diagrams = diagramRules.Count > 0 ? new DiagramUsage() : null;
        var drawn = new HashSet<string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var project in projects)
        {
            progress.Report($"Compiling and analyzing {project.Name} ({++number}/{projects.Count})");
            var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
            if (compilation is null)
            {
                continue;
            }

            loaded.WarnAboutCompilerErrorsOnce(project, compilation);
            var options = new AnalyzerOptions(additionalTexts, new TechLeadOptionsProvider(project.AnalyzerOptions.AnalyzerConfigOptionsProvider, WithRootNamespace(overrides, project)));
            // A multi-targeted project loads once per framework: its references count once in the graph.
            var drawing = graph is not null && drawn.Add(project.AssemblyName) ? graph : null;
            var projectAnalyzers = Listening(analyzers, drawing, constraints, diagrams, diagramRules);
            var withAnalyzers = compilation.WithAnalyzers(projectAnalyzers, new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false));
            var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
            foreach (var diagnostic in diagnostics)
            {
                if (ToFinding(diagnostic, project, compilation, progress) is { } finding)
                {
                    // Multi-targeted projects load once per framework: report each violation once. A problem in
                    // an ADR file is one problem however many projects ran into it (a timeout names the type it
                    // timed out on, which differs between projects).
                    findings.TryAdd((finding.Id, finding.Path, finding.Line, finding.Column, finding.IsFileProblem ? string.Empty : finding.Message), finding);
                }
            }
        }

        return new CheckerOutput(findings.Values.ToList(), projects.Select(p => p.Name).Distinct(StringComparer.Ordinal).ToList(), graph) { Diagrams = diagrams };
    }

    /// <summary>
    /// The analyzers, with the TechLead analyzer swapped for one that also draws the namespace graph (report) and tallies
    /// the diagram rules' components (drift, counts per arrow), when either is wanted.
    /// </summary>
    private static ImmutableArray<DiagnosticAnalyzer> Listening(ImmutableArray<DiagnosticAnalyzer> analyzers, NamespaceGraph? graph, IReadOnlyList<DependencyConstraint> constraints, DiagramUsage? diagrams, IReadOnlyList<DiagramRule> diagramRules)
    {
        if (diagrams is null)
        {
            return graph is null ? analyzers : NamespaceGraphCollector.Drawing(analyzers, graph, constraints);
        }

        return NamespaceGraphCollector.Listening(analyzers, model => graph is null
            ? new DiagramUsageListener(diagrams, diagramRules, model)
            : new DependencyListeners([new NamespaceGraphListener(graph, model, constraints), new DiagramUsageListener(diagrams, diagramRules, model)]));
    }

    /// <summary>What the package props pass in a build: where the ADRs and the repository root are, and the link base.</summary>
    private static Dictionary<string, string> BuildProperties(CheckRequest request)
    {
        var properties = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["build_property.TechLeadRepositoryRoot"] = request.RepositoryRoot,
            ["build_property.TechLeadAdrDirectory"] = request.AdrDirectory,
            // The check finds and reports the ADRs itself: the build's TL9006 (no ADR given to the analyzer) stays off.
            ["build_property._TechLeadAdrSearchStart"] = string.Empty,
        };
        if (!string.IsNullOrEmpty(request.AdrBaseUrl))
        {
            properties["build_property.TechLeadAdrBaseUrl"] = request.AdrBaseUrl;
        }

        return properties;
    }

    /// <summary>
    /// The project's <c>$(RootNamespace)</c> (MSBuildWorkspace reads it into <see cref="Project.DefaultNamespace"/>) as
    /// <c>build_property.RootNamespace</c>, as a build passes it: the top-level Program counts in that namespace.
    /// </summary>
    internal static Dictionary<string, string> WithRootNamespace(Dictionary<string, string> properties, Project project)
    {
        var forProject = new Dictionary<string, string>(properties, StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(project.DefaultNamespace))
        {
            forProject["build_property.RootNamespace"] = project.DefaultNamespace;
        }

        return forProject;
    }

    private static Finding? ToFinding(Diagnostic diagnostic, Project project, Compilation compilation, ICheckProgress progress)
    {
        if (diagnostic.Id.StartsWith("TL9", StringComparison.Ordinal))
        {
            return ToFileProblem(diagnostic);
        }

        if (!diagnostic.Id.StartsWith("TL0", StringComparison.Ordinal))
        {
            // Anything else (AD0001: the analyzer threw) is worth a warning, not a result.
            progress.Log($"techlead: warning: {project.Name}: {diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture).ReplaceLineEndings(" ")}");
            return null;
        }

        var severity = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => RuleSeverity.Error,
            DiagnosticSeverity.Warning => RuleSeverity.Warning,
            DiagnosticSeverity.Info => RuleSeverity.Info,
            _ => RuleSeverity.Hidden,
        };
        if (severity == RuleSeverity.Hidden)
        {
            return null;
        }

        var span = diagnostic.Location.GetLineSpan();
        var properties = diagnostic.Properties;
        return new Finding(diagnostic.Id, severity, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1)
        {
            EndLine = span.EndLinePosition.Line + 1,
            EndColumn = span.EndLinePosition.Character + 1,
            HelpUri = string.IsNullOrEmpty(diagnostic.Descriptor.HelpLinkUri) ? null : diagnostic.Descriptor.HelpLinkUri,
            Adr = Property(properties, DiagnosticProperties.Adr),
            Rule = Property(properties, DiagnosticProperties.Rule),
            AdrPath = Property(properties, DiagnosticProperties.AdrPath),
            Owners = Property(properties, DiagnosticProperties.Owners) is { Length: > 0 } owners ? owners.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : [],
            From = Property(properties, DiagnosticProperties.BaselineFrom),
            To = Property(properties, DiagnosticProperties.BaselineTo) ?? string.Empty,
            Project = project.Name,
            Namespace = NamespaceAt(diagnostic.Location, compilation, project),
        };
    }

    /// <summary>
    /// A TL9xxx the analyzer found: those the CLI's own reading of the ADR folder also reports are dropped
    /// later (<see cref="CheckSession"/>), so what remains is what only analysis reveals, such as a naming
    /// regex that timed out on a real type name. Staleness (TL9004) the CLI judges itself, over the whole solution.
    /// </summary>
    private static Finding? ToFileProblem(Diagnostic diagnostic)
    {
        if (diagnostic.Id == DiagnosticIds.StaleBaselineEntry || diagnostic.Severity == DiagnosticSeverity.Hidden)
        {
            return null;
        }

        var span = diagnostic.Location.GetLineSpan();
        var severity = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => RuleSeverity.Error,
            DiagnosticSeverity.Warning => RuleSeverity.Warning,
            _ => RuleSeverity.Info,
        };
        return new Finding(diagnostic.Id, severity, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1)
        {
            EndLine = span.EndLinePosition.Line + 1,
            EndColumn = span.EndLinePosition.Character + 1,
        };
    }

    private static string? Property(ImmutableDictionary<string, string?> properties, string key) =>
        properties.TryGetValue(key, out var value) ? value : null;

    private static string? NamespaceAt(Location location, Compilation compilation, Project project)
    {
        if (location.SourceTree is not { } tree || !compilation.ContainsSyntaxTree(tree))
        {
            return null;
        }

        var symbol = compilation.GetSemanticModel(tree).GetEnclosingSymbol(location.SourceSpan.Start);
        // Top-level statements count in the project's root namespace, as in the messages and the baseline.
        if (RoslynTypeModel.IsInTopLevelProgram(symbol))
        {
            return ProgramNamespace(project, compilation);
        }

        var ns = symbol as INamespaceSymbol ?? symbol?.ContainingNamespace;
        return ns is null ? null : ns.IsGlobalNamespace ? "<global>" : ns.ToDisplayString();
    }

    /// <summary>The namespace the synthesized top-level-statements <c>Program</c> counts in (rules/0011).</summary>
    internal static string ProgramNamespace(Project project, Compilation compilation) =>
        TopLevelProgram.NamespaceFor(project.DefaultNamespace, compilation.AssemblyName ?? project.Name);
}
