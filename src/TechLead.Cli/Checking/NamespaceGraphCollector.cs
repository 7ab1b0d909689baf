using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TechLead.Analyzers;
using TechLead.Analyzers.Analysis;
using TechLead.Analyzers.Symbols;
using TechLead.Rules.Evaluation;

namespace TechLead.Cli.Checking;

/// <summary>
/// The namespace graph comes from the analyzer's own dependency walk (one definition of "depends on", see
/// docs/dependency-forms.md): the check swaps in an analyzer that also tells a <see cref="NamespaceGraphListener"/>.
/// </summary>
internal static class NamespaceGraphCollector
{
    /// <summary>The analyzers with the TechLead analyzer replaced by one that also draws into <paramref name="graph"/>.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Drawing(ImmutableArray<DiagnosticAnalyzer> analyzers, NamespaceGraph graph, IReadOnlyList<DependencyConstraint> constraints) =>
        Listening(analyzers, model => new NamespaceGraphListener(graph, model, constraints));

    /// <summary>The analyzers with the TechLead analyzer replaced by one that also tells a listener (made per compilation) every dependency.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Listening(ImmutableArray<DiagnosticAnalyzer> analyzers, System.Func<RoslynTypeModel, IDependencyListener> listener) =>
        analyzers.Select(a => a is TechLeadAnalyzer ? new TechLeadAnalyzer((_, model) => listener(model)) : a).ToImmutableArray();

    /// <summary>
    /// Draws one compilation on its own (<c>infer</c>, which has no ADRs yet: no <paramref name="constraints"/>);
    /// <paramref name="options"/> carry the root namespace, and no ADR files: no rule is checked.
    /// </summary>
    public static async Task CollectAsync(Compilation compilation, AnalyzerOptions options, NamespaceGraph graph, IReadOnlyList<DependencyConstraint> constraints, CancellationToken cancellationToken)
    {
        var analyzer = new TechLeadAnalyzer((_, model) => new NamespaceGraphListener(graph, model, constraints));
        var withAnalyzer = compilation.WithAnalyzers([analyzer], new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false));
        await withAnalyzer.GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
    }
}
