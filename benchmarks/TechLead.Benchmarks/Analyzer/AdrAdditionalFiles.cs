using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace TechLead.Benchmarks.Analyzer;

/// <summary>
/// ADR texts as AdditionalFiles. <see cref="Stable"/> files hand out the same <see cref="SourceText"/>
/// every time, as the IDE does for an unchanged file (the analyzer's parse cache hits);
/// <see cref="Fresh"/> files create a new one on every read (every compilation parses again).
/// </summary>
internal static class AdrAdditionalFiles
{
    public static ImmutableArray<AdditionalText> Stable(IEnumerable<(string Path, string Text)> files) =>
        [.. files.Select(f => (AdditionalText)new StableText(f.Path, SourceText.From(f.Text)))];

    public static ImmutableArray<AdditionalText> Fresh(IEnumerable<(string Path, string Text)> files) =>
        [.. files.Select(f => (AdditionalText)new FreshText(f.Path, f.Text))];

    public static AnalyzerOptions Options(ImmutableArray<AdditionalText> files) => new(files, EmptyOptionsProvider.Instance);

    private sealed class StableText(string path, SourceText text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }

    private sealed class FreshText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }

    private sealed class EmptyOptionsProvider : AnalyzerConfigOptionsProvider
    {
        public static readonly EmptyOptionsProvider Instance = new();

        private static readonly EmptyOptions Empty = new();

        public override AnalyzerConfigOptions GlobalOptions => Empty;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty;
    }

    private sealed class EmptyOptions : AnalyzerConfigOptions
    {
        // A non-nullable out parameter satisfies the base's [NotNullWhen(true)] (TechLead.Rules' polyfill of
        // that attribute is visible here too, so naming it would be ambiguous).
        public override bool TryGetValue(string key, out string value)
        {
            value = string.Empty;
            return false;
        }
    }
}
