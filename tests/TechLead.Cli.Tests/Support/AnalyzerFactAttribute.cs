using System;
using System.Linq;
using System.Reflection;

namespace TechLead.Cli.Tests.Support;

/// <summary>
/// A fact that runs <c>check</c> for real: it needs TechLead.Analyzers to contain the analyzer. Skipped
/// (with the reason) only while the analyzer branch is not merged; from then on it always runs.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class AnalyzerFactAttribute : FactAttribute
{
    public AnalyzerFactAttribute()
    {
        if (!HasAnalyzer.Value)
        {
            Skip = "TechLead.Analyzers has no DiagnosticAnalyzer yet (branch 'analyzer' not merged)";
        }
    }

    private static readonly Lazy<bool> HasAnalyzer = new(() =>
        Assembly.Load(new AssemblyName("TechLead.Analyzers")).GetTypes()
            .Any(t => !t.IsAbstract && typeof(Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer).IsAssignableFrom(t)));
}
