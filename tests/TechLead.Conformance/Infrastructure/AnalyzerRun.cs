using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using TechLead.Analyzers;

namespace TechLead.Conformance.Infrastructure;

/// <summary>
/// Runs <see cref="TechLeadAnalyzer"/> on the corpus compilation with the corpus ADRs as additional
/// files and reads each TL0xxx diagnostic's contract properties (adr, rule, baselineFrom, baselineTo).
/// </summary>
internal static class AnalyzerRun
{
    public static AnalyzerOutcome Run(Compilation compilation, IEnumerable<CorpusFile> adrs)
    {
        var exceptions = new List<string>();
        var options = new AnalyzerOptions(
            adrs.Select(a => (AdditionalText)new CorpusAdditionalText(a)).ToImmutableArray(),
            EmptyOptionsProvider.Instance);
        var withAnalyzers = compilation.WithAnalyzers(
            [new TechLeadAnalyzer()],
            new CompilationWithAnalyzersOptions(options, (exception, _, _) => { lock (exceptions) { exceptions.Add(exception.ToString()); } }, concurrentAnalysis: true, logAnalyzerExecutionTime: false));
        var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
        var findings = new List<EngineFinding>();
        var other = new List<string>();
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Properties.TryGetValue("adr", out var adr) && diagnostic.Properties.TryGetValue("rule", out var rule) && adr is not null && rule is not null)
            {
                var from = ConformanceNames.Normalize(diagnostic.Properties.GetValueOrDefault("baselineFrom"));
                var to = ConformanceNames.Normalize(diagnostic.Properties.GetValueOrDefault("baselineTo"));
                findings.Add(new EngineFinding(new Finding(adr, rule, from, to), diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
            }
            else
            {
                other.Add(diagnostic.ToString());
            }
        }

        return new AnalyzerOutcome(findings, other, exceptions);
    }

    private sealed class CorpusAdditionalText(CorpusFile file) : AdditionalText
    {
        public override string Path => file.Path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(file.Text);
    }

    private sealed class EmptyOptionsProvider : AnalyzerConfigOptionsProvider
    {
        public static readonly EmptyOptionsProvider Instance = new();

        public override AnalyzerConfigOptions GlobalOptions => EmptyOptions.Instance;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => EmptyOptions.Instance;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => EmptyOptions.Instance;
    }

    private sealed class EmptyOptions : AnalyzerConfigOptions
    {
        public static readonly EmptyOptions Instance = new();

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
        {
            value = null;
            return false;
        }
    }
}

/// <summary>The analyzer's TL0xxx findings, any other diagnostics it reported (TL9xxx), and exceptions it threw.</summary>
internal sealed record AnalyzerOutcome(IReadOnlyList<EngineFinding> Findings, IReadOnlyList<string> OtherDiagnostics, IReadOnlyList<string> Exceptions);
