using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace TechLead.Analyzers.Tests.Infrastructure;

/// <summary>A TechLead analyzer run over C# sources with ADRs (and optionally a baseline) as AdditionalFiles.</summary>
internal sealed class AnalyzerTest : CSharpAnalyzerTest<TechLeadAnalyzer, DefaultVerifier>
{
    public AnalyzerTest()
    {
        ReferenceAssemblies = LocalReferences.None;
        TestState.AdditionalReferences.AddRange(LocalReferences.All);
        SolutionTransforms.Add((solution, projectId) =>
        {
            var project = solution.GetProject(projectId)!;
            var options = ((CSharpCompilationOptions)project.CompilationOptions!).WithAllowUnsafe(true);
            return solution.WithProjectCompilationOptions(projectId, options);
        });
    }

    public AnalyzerTest WithSource(string source)
    {
        TestState.Sources.Add(source);
        return this;
    }

    public AnalyzerTest WithAdr(string text, string path = Adrs.DefaultPath)
    {
        TestState.AdditionalFiles.Add((path, text));
        return this;
    }

    public AnalyzerTest WithGlobalConfig(string lines)
    {
        TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + lines));
        return this;
    }

    public AnalyzerTest Expect(params DiagnosticResult[] expected)
    {
        ExpectedDiagnostics.AddRange(expected);
        return this;
    }

    public static Task Run(string source, string adr, params DiagnosticResult[] expected) =>
        new AnalyzerTest().WithSource(source).WithAdr(adr).Expect(expected).RunAsync();

    /// <summary>A violation at markup location <paramref name="markup"/> with its exact message.</summary>
    public static DiagnosticResult Diagnostic(string id, int markup, string message, DiagnosticSeverity severity = DiagnosticSeverity.Error) =>
        new DiagnosticResult(id, severity).WithLocation(markup).WithMessage(message);
}
