using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using TechLead.Rules.Baselines;
using TechLead.Rules.Model;
using TechLead.Rules.Parsing;

namespace TechLead.Analyzers.Input;

/// <summary>
/// What one file content parses to, per path (the parse depends on the path too: ids derived from
/// file names, locations). Cached by content through <see cref="SourceTextValueProvider{TValue}"/>,
/// so an unchanged ADR is parsed once for all compilations of an IDE session or build.
/// </summary>
internal sealed class ParsedText
{
    private readonly SourceText source;
    private readonly ConcurrentDictionary<string, AdrParseResult> adrs = new(System.StringComparer.Ordinal);
    // Created on first use: most texts are ADRs, and a dictionary over this tuple is JIT-compiled in every cold compiler process (rules/0060).
    private ConcurrentDictionary<string, (Baseline Baseline, IReadOnlyList<AdrDiagnostic> Diagnostics)>? baselines;
    private string? text;

    private ParsedText(SourceText source) => this.source = source;

    /// <summary>Content-keyed: the value survives across compilations while the text is unchanged.</summary>
    public static SourceTextValueProvider<ParsedText> Provider { get; } = new(static source => new ParsedText(source));

    public AdrParseResult Adr(string path) => adrs.GetOrAdd(path, p => AdrParser.Parse(p, Text));

    public (Baseline Baseline, IReadOnlyList<AdrDiagnostic> Diagnostics) Baseline(string path) =>
        LazyInitializer.EnsureInitialized(ref baselines, () => new(System.StringComparer.Ordinal))!.GetOrAdd(path, p =>
        {
            var diagnostics = new List<AdrDiagnostic>();
            var baseline = Rules.Baselines.Baseline.Parse(p, Text, diagnostics);
            return (baseline, diagnostics);
        });

    private string Text => text ??= source.ToString();
}
