using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace TechLead.Analyzers.Tests.Infrastructure;

/// <summary>
/// Runs the analyzer through <see cref="CompilationWithAnalyzers"/>, for what DiagnosticResult
/// cannot check (help links, properties) and for the fuzz corpus (analyzer exceptions are collected).
/// </summary>
internal static class DirectRun
{
    public static async Task<(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<string> Exceptions)> RunAsync(
        string source, IEnumerable<(string Path, string Text)> additionalFiles, IReadOnlyDictionary<string, string>? globalOptions = null, OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary)
    {
        var compilation = CSharpCompilation.Create(
            "Shop",
            [CSharpSyntaxTree.ParseText(source, path: "/repo/src/Shop/Code.cs")],
            LocalReferences.All,
            new CSharpCompilationOptions(outputKind));
        var exceptions = new List<string>();
        var options = new AnalyzerOptions(
            additionalFiles.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToImmutableArray(),
            new OptionsProvider(globalOptions ?? new Dictionary<string, string>()));
        var withAnalyzers = compilation.WithAnalyzers(
            [new TechLeadAnalyzer()],
            new CompilationWithAnalyzersOptions(options, (exception, _, _) => { lock (exceptions) { exceptions.Add(exception.ToString()); } }, concurrentAnalysis: true, logAnalyzerExecutionTime: false));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        return (diagnostics, exceptions);
    }

    private sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }

    private sealed class OptionsProvider(IReadOnlyDictionary<string, string> global) : AnalyzerConfigOptionsProvider
    {
        private static readonly Options Empty = new(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(global);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty;
    }

    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
