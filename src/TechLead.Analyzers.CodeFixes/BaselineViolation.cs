using Microsoft.CodeAnalysis;
using TechLead.Rules.Baselines;
using TechLead.Rules;

namespace TechLead.Analyzers.CodeFixes;

/// <summary>What the baseline needs from a TL0xxx diagnostic: its key, read from the diagnostic's properties.</summary>
internal static class BaselineViolation
{
    public static BaselineKey? KeyOf(Diagnostic diagnostic)
    {
        var properties = diagnostic.Properties;
        return properties.TryGetValue(DiagnosticProperties.Adr, out var adr) && !string.IsNullOrEmpty(adr)
            && properties.TryGetValue(DiagnosticProperties.Rule, out var rule) && !string.IsNullOrEmpty(rule)
            && properties.TryGetValue(DiagnosticProperties.BaselineFrom, out var from) && !string.IsNullOrEmpty(from)
            ? new BaselineKey(adr!, rule!, from!, properties.TryGetValue(DiagnosticProperties.BaselineTo, out var to) ? to ?? string.Empty : string.Empty)
            : null;
    }
}
