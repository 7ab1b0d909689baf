using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TechLead.Rules.Model;

namespace TechLead.Analyzers.Input;

/// <summary>The MSBuild properties and .editorconfig keys TechLead reads (analyzer contract).</summary>
internal sealed class AnalyzerSettings
{
    private readonly AnalyzerConfigOptionsProvider provider;

    public AnalyzerSettings(AnalyzerConfigOptionsProvider provider)
    {
        this.provider = provider;
        var global = provider.GlobalOptions;
        AdrBaseUrl = Read(global, "build_property.TechLeadAdrBaseUrl");
        RepositoryRoot = Read(global, "build_property.TechLeadRepositoryRoot");
    }

    /// <summary><c>$(TechLeadAdrBaseUrl)</c>, or null when unset.</summary>
    public string? AdrBaseUrl { get; }

    /// <summary><c>$(TechLeadRepositoryRoot)</c>: help links use ADR paths relative to it.</summary>
    public string? RepositoryRoot { get; }

    /// <summary>
    /// The per-rule override <c>techlead.&lt;adr&gt;.&lt;rule&gt;.severity</c> from the tree's
    /// .editorconfig or the global analyzer config; null when not set or not understood.
    /// </summary>
    public RuleSeverity? SeverityOverride(Rule rule, SyntaxTree? tree)
    {
        var key = "techlead." + rule.Adr.Id + "." + rule.Id + ".severity";
        string? value = null;
        if (tree is not null)
        {
            provider.GetOptions(tree).TryGetValue(key, out value);
        }

        if (value is null)
        {
            provider.GlobalOptions.TryGetValue(key, out value);
        }

        return value?.Trim().ToUpperInvariant() switch
        {
            "NONE" => RuleSeverity.None,
            "SILENT" or "HIDDEN" => RuleSeverity.Hidden,
            "SUGGESTION" or "INFO" => RuleSeverity.Info,
            "WARNING" => RuleSeverity.Warning,
            "ERROR" => RuleSeverity.Error,
            _ => null,
        };
    }

    private static string? Read(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
