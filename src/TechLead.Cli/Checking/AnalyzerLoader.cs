using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TechLead.Cli.Checking;

/// <summary>
/// The analyzers the IDE runs: every C# <see cref="DiagnosticAnalyzer"/> in TechLead.Analyzers, found
/// by attribute so the CLI does not depend on how that assembly names its classes.
/// </summary>
internal static class AnalyzerLoader
{
    public static ImmutableArray<DiagnosticAnalyzer> LoadTechLeadAnalyzers()
    {
        var assembly = Assembly.Load(new AssemblyName("TechLead.Analyzers"));
        Type[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException partial)
        {
            types = partial.Types.Where(t => t is not null).ToArray()!;
        }

        var analyzers = types
            .Where(t => t is { IsAbstract: false, IsClass: true } && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .Where(t => t.GetCustomAttributes<DiagnosticAnalyzerAttribute>().Any(a => a.Languages.Contains(LanguageNames.CSharp)))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();
        return analyzers.IsEmpty
            ? throw new InvalidOperationException("TechLead.Analyzers has no C# analyzer; this build of techlead is incomplete")
            : analyzers;
    }
}
