using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using TechLead.Cli.Adrs;
using TechLead.Rules;
using TechLead.Rules.Model;

namespace TechLead.Cli.Checking;

/// <summary>
/// <c>rules validate --examples</c> (docs/adr-format.md): each rule's <c>violating</c> snippet must make the
/// analyzer report that rule and its <c>compliant</c> one must not, so a rule that never fires is caught
/// before anyone trusts it. The ADR is evaluated as if accepted; snippets compile against the runtime.
/// </summary>
internal static class ExampleChecker
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> RuntimeReferences = new(LoadRuntimeReferences);

    public static async Task<IReadOnlyList<AdrDiagnostic>> CheckAsync(AdrRepository repository, CancellationToken cancellationToken)
    {
        var analyzers = AnalyzerLoader.LoadTechLeadAnalyzers();
        var problems = new List<AdrDiagnostic>();
        foreach (var rule in repository.Set.Rules.Where(r => r.Examples is not null))
        {
            var file = repository.Files.First(f => f.Path == rule.Adr.Path);
            var accepted = AdrAsAccepted.Of(file, rule.Adr.Id);
            foreach (var (name, snippet, mustFire) in Snippets(rule.Examples!))
            {
                var problem = await CheckSnippetAsync(rule, accepted, repository.DiagramFiles, analyzers, name, snippet, mustFire, cancellationToken).ConfigureAwait(false);
                if (problem is not null)
                {
                    problems.Add(new AdrDiagnostic(DiagnosticIds.InvalidRule, $"rule '{rule.Id}': {problem}", rule.Adr.Path, rule.Span, RuleSeverity.Error));
                }
            }
        }

        return problems;
    }

    private static IEnumerable<(string Name, string Snippet, bool MustFire)> Snippets(RuleExamples examples)
    {
        if (examples.Violating is { } violating)
        {
            yield return ("violating", violating, true);
        }

        if (examples.Compliant is { } compliant)
        {
            yield return ("compliant", compliant, false);
        }
    }

    private static async Task<string?> CheckSnippetAsync(Rule rule, AdrSourceFile adr, IReadOnlyList<AdrSourceFile> diagramFiles, ImmutableArray<DiagnosticAnalyzer> analyzers, string name, string snippet, bool mustFire, CancellationToken cancellationToken)
    {
        var compilation = CSharpCompilation.Create(
            "TechLeadExample",
            [CSharpSyntaxTree.ParseText(snippet, cancellationToken: cancellationToken)],
            RuntimeReferences.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var error = compilation.GetDiagnostics(cancellationToken).FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
        if (error is not null)
        {
            return $"the {name} example does not compile: {error.Id} {error.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
        }

        // The .puml files of the ADR folder: a diagram rule may name one (rules/0037).
        var options = new AnalyzerOptions([new AdrAdditionalText(adr.Path, adr.Text), .. diagramFiles.Select(f => (AdditionalText)new AdrAdditionalText(f.Path, f.Text))]);
        var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
        var fired = diagnostics.Any(d =>
            d.Properties.TryGetValue(DiagnosticProperties.Adr, out var adrId) && adrId == rule.Adr.Id
            && d.Properties.TryGetValue(DiagnosticProperties.Rule, out var ruleId) && ruleId == rule.Id);
        return (mustFire, fired) switch
        {
            (true, false) => $"the violating example does not trigger {rule.DiagnosticId}; fix the rule's selectors or the example",
            (false, true) => $"the compliant example triggers {rule.DiagnosticId}; fix the rule or the example",
            _ => null,
        };
    }

    private static ImmutableArray<MetadataReference> LoadRuntimeReferences() =>
        ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(path => Path.GetFileName(path) is var file && (file.StartsWith("System.", StringComparison.Ordinal) || file is "netstandard.dll" or "mscorlib.dll"))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
}
