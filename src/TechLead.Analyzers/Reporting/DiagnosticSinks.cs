using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TechLead.Analyzers.Reporting;

/// <summary>
/// Where a check reports its diagnostics: the callback's analysis context, held by value. Checks take a sink as a generic
/// struct argument instead of an <c>Action&lt;Diagnostic&gt;</c>: a delegate made from <c>context.ReportDiagnostic</c>
/// boxes the context on every call, and most calls report nothing (the profile's largest allocation, rules/0016).
/// </summary>
internal interface IDiagnosticSink
{
    void Report(Diagnostic diagnostic);
}

internal readonly struct SemanticModelSink(SemanticModelAnalysisContext context) : IDiagnosticSink
{
    public void Report(Diagnostic diagnostic) => context.ReportDiagnostic(diagnostic);
}

internal readonly struct OperationSink(OperationAnalysisContext context) : IDiagnosticSink
{
    public void Report(Diagnostic diagnostic) => context.ReportDiagnostic(diagnostic);
}

internal readonly struct SymbolSink(SymbolAnalysisContext context) : IDiagnosticSink
{
    public void Report(Diagnostic diagnostic) => context.ReportDiagnostic(diagnostic);
}

internal readonly struct CompilationSink(CompilationAnalysisContext context) : IDiagnosticSink
{
    public void Report(Diagnostic diagnostic) => context.ReportDiagnostic(diagnostic);
}
