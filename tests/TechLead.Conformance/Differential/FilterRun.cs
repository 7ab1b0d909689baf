using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TechLead.Analyzers;
using TechLead.Analyzers.Analysis;

namespace TechLead.Conformance.Differential;

/// <summary>
/// Runs <see cref="TechLeadAnalyzer"/> on one compilation either as it ships (the written-name filter decides which
/// names are bound) or in listener mode, where every name is bound and no check is skipped (the CLI report's mode),
/// and writes each diagnostic as one comparable line.
/// </summary>
internal static class FilterRun
{
    public static FilterRunResult Run(Compilation compilation, IReadOnlyList<AdditionalText> adrs, string rootNamespace, string root, bool everyNameBound)
    {
        var analyzer = everyNameBound ? new TechLeadAnalyzer((_, _) => HearsNothing.Instance) : new TechLeadAnalyzer();
        var exceptions = new List<string>();
        var options = new AnalyzerOptions([.. adrs], new GlobalOptionsProvider(new Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = rootNamespace,
            ["build_property.TechLeadRepositoryRoot"] = root,
        }));
        var diagnostics = compilation
            .WithAnalyzers([analyzer], new CompilationWithAnalyzersOptions(options, (exception, _, _) => { lock (exceptions) { exceptions.Add(exception.ToString()); } }, concurrentAnalysis: true, logAnalyzerExecutionTime: false))
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
        return new FilterRunResult(diagnostics.Select(d => Describe(d, root)).Order(StringComparer.Ordinal).ToList(), exceptions);
    }

    /// <summary>ID, severity, location (path relative to <paramref name="root"/>, line and column span), message, properties and additional locations.</summary>
    public static string Describe(Diagnostic diagnostic, string root)
    {
        var properties = string.Join("; ", diagnostic.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={Relative(p.Value, root)}"));
        var additional = diagnostic.AdditionalLocations.Count == 0 ? string.Empty : " also at " + string.Join(", ", diagnostic.AdditionalLocations.Select(l => Where(l, root)));
        return $"{Where(diagnostic.Location, root)}: {diagnostic.Id} {diagnostic.Severity}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)} [{properties}]{additional}";
    }

    private static string Where(Location location, string root)
    {
        if (location == Location.None)
        {
            return "(no location)";
        }

        var span = location.GetLineSpan();
        return $"{Relative(span.Path, root)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}-{span.EndLinePosition.Line + 1},{span.EndLinePosition.Character + 1})";
    }

    /// <summary>A path under <paramref name="root"/> (else under the repository) written relative to it, for a shorter report.</summary>
    private static string? Relative(string? path, string root)
    {
        foreach (var folder in new[] { root, RepoPaths.Root })
        {
            if (path is not null && path.StartsWith(folder, StringComparison.Ordinal))
            {
                return path.Substring(folder.Length).TrimStart('/', '\\');
            }
        }

        return path;
    }

    /// <summary>Makes the analyzer bind every name (listener mode) and hears nothing: the diagnostics are what is compared.</summary>
    private sealed class HearsNothing : IDependencyListener
    {
        public static readonly HearsNothing Instance = new();

        public void OnType(INamedTypeSymbol type)
        {
        }

        public void OnDependency(INamedTypeSymbol source, string sourceId, INamedTypeSymbol target, string targetId)
        {
        }
    }

    private sealed class GlobalOptionsProvider(IReadOnlyDictionary<string, string> global) : AnalyzerConfigOptionsProvider
    {
        private static readonly AnalyzerConfigOptions None = new Options(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(global);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => None;
    }

    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}

/// <summary>The diagnostics of one run as comparable lines (ordinal order) and the exceptions the analyzer threw.</summary>
internal sealed record FilterRunResult(IReadOnlyList<string> Lines, IReadOnlyList<string> Exceptions);
