using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TechLead.Rules.Model;
using TechLead.Rules.Selectors;

namespace TechLead.Analyzers.Input;

/// <summary>
/// The MSBuild properties and .editorconfig keys TechLead reads (analyzer contract), and what the compiler's own
/// severity configuration would do to a TechLead diagnostic.
/// </summary>
internal sealed class AnalyzerSettings
{
    private readonly AnalyzerConfigOptionsProvider provider;
    private readonly CompilationOptions compilationOptions;

    public AnalyzerSettings(AnalyzerConfigOptionsProvider provider, Compilation compilation)
    {
        this.provider = provider;
        compilationOptions = compilation.Options;
        var global = provider.GlobalOptions;
        AdrBaseUrl = Read(global, "build_property.TechLeadAdrBaseUrl");
        RepositoryRoot = Read(global, "build_property.TechLeadRepositoryRoot");
        AdrDirectory = Read(global, "build_property.TechLeadAdrDirectory");
        AdrSearchStart = Read(global, "build_property._TechLeadAdrSearchStart");
        EntryPointNamespace = TopLevelProgram.NamespaceFor(Read(global, "build_property.RootNamespace"), compilation.AssemblyName ?? string.Empty);
    }

    /// <summary><c>$(TechLeadAdrBaseUrl)</c>, or null when unset.</summary>
    public string? AdrBaseUrl { get; }

    /// <summary><c>$(TechLeadRepositoryRoot)</c>: help links use ADR paths relative to it.</summary>
    public string? RepositoryRoot { get; }

    /// <summary><c>$(TechLeadAdrDirectory)</c>: the folder the package props give the build its ADRs from; null when unset.</summary>
    public string? AdrDirectory { get; }

    /// <summary>
    /// <c>$(_TechLeadAdrSearchStart)</c>, the project folder the package props searched for docs/adr from. Only the
    /// package props set it, so it also says that the package is referenced (a bare analyzer, as in tests, has none).
    /// </summary>
    public string? AdrSearchStart { get; }

    /// <summary>
    /// Where the <c>Program</c> of top-level statements counts: <c>$(RootNamespace)</c> (a compiler-visible property
    /// the package props declare), else the assembly name.
    /// </summary>
    public string EntryPointNamespace { get; }

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

    /// <summary>
    /// True when the compiler's severity configuration would raise a diagnostic with this ID and category at
    /// <paramref name="tree"/> to a warning or an error, resolved in the compiler's order: command line
    /// (<c>NoWarn</c>, <c>WarningsAsErrors</c>, rulesets), <c>dotnet_diagnostic.&lt;id&gt;.severity</c> for the tree,
    /// then globally, then the bulk keys <c>dotnet_analyzer_diagnostic.category-&lt;category&gt;.severity</c> and
    /// <c>dotnet_analyzer_diagnostic.severity</c> (which the compiler applies only when nothing names the ID).
    /// </summary>
    public bool WouldRaiseToWarningOrError(string id, string category, SyntaxTree? tree)
    {
        var configured = Configured(id, category, tree);
        return configured is ReportDiagnostic.Warn or ReportDiagnostic.Error;
    }

    private ReportDiagnostic Configured(string id, string category, SyntaxTree? tree)
    {
        if (compilationOptions.SpecificDiagnosticOptions.TryGetValue(id, out var specific))
        {
            return specific;
        }

        var treeOptions = compilationOptions.SyntaxTreeOptionsProvider;
        if (treeOptions is not null
            && ((tree is not null && treeOptions.TryGetDiagnosticValue(tree, id, CancellationToken.None, out var configured))
                || treeOptions.TryGetGlobalDiagnosticValue(id, CancellationToken.None, out configured)))
        {
            return configured;
        }

        var options = tree is null ? provider.GlobalOptions : provider.GetOptions(tree);
        return BulkSeverity(options, "dotnet_analyzer_diagnostic.category-" + category + ".severity")
            ?? BulkSeverity(options, "dotnet_analyzer_diagnostic.severity")
            ?? (tree is null ? null : BulkSeverity(provider.GlobalOptions, "dotnet_analyzer_diagnostic.category-" + category + ".severity"))
            ?? (tree is null ? null : BulkSeverity(provider.GlobalOptions, "dotnet_analyzer_diagnostic.severity"))
            ?? ReportDiagnostic.Default;
    }

    /// <summary>A bulk key's value as the compiler parses it; null when unset or not understood (then the compiler ignores it too).</summary>
    private static ReportDiagnostic? BulkSeverity(AnalyzerConfigOptions options, string key) =>
        !options.TryGetValue(key, out var value) ? null : value.Trim().ToUpperInvariant() switch
        {
            "DEFAULT" => ReportDiagnostic.Default,
            "ERROR" => ReportDiagnostic.Error,
            "WARNING" => ReportDiagnostic.Warn,
            "SUGGESTION" => ReportDiagnostic.Info,
            "SILENT" or "REFACTORING" => ReportDiagnostic.Hidden,
            "NONE" => ReportDiagnostic.Suppress,
            _ => null,
        };

    private static string? Read(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
