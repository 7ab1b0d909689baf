using System.Collections.Generic;
using Microsoft.CodeAnalysis.Diagnostics;
using TechLead.Rules.Baselines;

namespace TechLead.Analyzers.Input;

/// <summary>
/// The baseline among a project's additional files, as the analyzer reads it and the "Add to baseline" code fix edits it:
/// both hand the same <see cref="AnalyzerOptions"/> (the fix takes its project's) to the rules core's
/// <see cref="BaselineFileChoice"/>, so they cannot pick different files (rules/0027).
/// </summary>
internal static class BaselineSelection
{
    /// <summary>The item metadata the package puts on its additional files: <c>adr</c> or <c>baseline</c>.</summary>
    public const string KindMetadata = "build_metadata.AdditionalFiles.TechLeadKind";

    private const string BaselineProperty = "build_property.TechLeadBaseline";

    /// <summary>
    /// Every additional file with its <c>TechLeadKind</c> (null when it has none), in the options' order, and the index of
    /// the one that is the baseline (-1 when none is).
    /// </summary>
    public static (IReadOnlyList<BaselineCandidate> Files, int Baseline) Read(AnalyzerOptions options)
    {
        var provider = options.AnalyzerConfigOptionsProvider;
        var files = new List<BaselineCandidate>(options.AdditionalFiles.Length);
        foreach (var file in options.AdditionalFiles)
        {
            var kind = provider.GetOptions(file).TryGetValue(KindMetadata, out var value) && value.Length > 0 ? value : null;
            files.Add(new BaselineCandidate(file.Path, kind));
        }

        return (files, BaselineFileChoice.Choose(files, ConfiguredPath(provider)));
    }

    /// <summary><c>$(TechLeadBaseline)</c>, or null when unset.</summary>
    public static string? ConfiguredPath(AnalyzerConfigOptionsProvider provider) =>
        provider.GlobalOptions.TryGetValue(BaselineProperty, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
