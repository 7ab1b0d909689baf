using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using TechLead.Analyzers.Analysis;
using TechLead.Rules;
using TechLead.Rules.Baselines;
using TechLead.Rules.Evaluation;
using TechLead.Rules.Model;
using TechLead.Rules.Parsing;

namespace TechLead.Analyzers.Input;

/// <summary>
/// The ADRs and the baseline of one compilation, read only from AdditionalFiles (never from disk):
/// an ADR is an additional <c>.md</c> file, the baseline is <c>techlead.baseline.json</c>; when any
/// additional file carries <c>TechLeadKind</c> metadata, that metadata alone decides.
/// </summary>
internal sealed class AdrInputs
{
    private const string KindMetadata = "build_metadata.AdditionalFiles.TechLeadKind";
    private const string BaselineFileName = RepositoryLayout.BaselineFileName;

    private AdrInputs(AdrSet set, Baseline baseline, IReadOnlyList<AdrDiagnostic> diagnostics)
    {
        Set = set;
        Baseline = baseline;
        Diagnostics = diagnostics;
    }

    private IReadOnlyList<Rule>? activeRules;
    private PrefixIndex<DependencyConstraint>? constraints;
    private BannedApiCatalog? bannedApis;
    private PrefixIndex<BannedApiRule>? banScopes;
    private PrefixIndex<TypeRule>? typeRules;
    private PrefixIndex<VocabularyRule>? vocabularies;

    public AdrSet Set { get; }

    public Baseline Baseline { get; }

    /// <summary>Every TL9xxx found while reading: the ADR set's, the baseline's, unreadable files.</summary>
    public IReadOnlyList<AdrDiagnostic> Diagnostics { get; }

    /// <summary>The rules that are enforced (accepted ADRs, proposed ones at info), computed once per ADR set.</summary>
    public IReadOnlyList<Rule> ActiveRules => activeRules ??= [.. Set.ActiveRules];

    /// <summary>The dependency constraints of the active rules, compiled and indexed once per ADR set.</summary>
    public PrefixIndex<DependencyConstraint> Constraints => constraints ??= new PrefixIndex<DependencyConstraint>(DependencyConstraint.Compile(ActiveRules), constraint => constraint.FromPrefixes);

    // Built once per ADR set like the constraints: a compilation (a keystroke in the IDE) only looks them up.

    /// <summary>The banned APIs of the active rules, keyed by name.</summary>
    public BannedApiCatalog BannedApis => bannedApis ??= new BannedApiCatalog(ActiveRules.OfType<BannedApiRule>());

    /// <summary>The active <c>banned-api</c> rules by the namespaces their <c>in:</c> requires.</summary>
    public PrefixIndex<BannedApiRule> BanScopes => banScopes ??= new PrefixIndex<BannedApiRule>(ActiveRules.OfType<BannedApiRule>(), rule => rule.In?.RequiredPrefixes ?? []);

    /// <summary>The active type rules (naming, modifiers, placement, inheritance, attributes) by the namespaces they select.</summary>
    public PrefixIndex<TypeRule> TypeRules => typeRules ??= new PrefixIndex<TypeRule>(ActiveRules.OfType<TypeRule>(), rule => rule.Types.RequiredPrefixes);

    /// <summary>The active vocabularies by the namespaces their <c>in:</c> requires.</summary>
    public PrefixIndex<VocabularyRule> Vocabularies => vocabularies ??= new PrefixIndex<VocabularyRule>(ActiveRules.OfType<VocabularyRule>(), rule => rule.In?.RequiredPrefixes ?? []);

    /// <summary>
    /// The inputs of this compilation: the same object as for an earlier compilation whose ADR and baseline files had
    /// the same paths, roles and contents (<see cref="AdrInputsCache"/>), else read and parsed now.
    /// </summary>
    /// <param name="options">The compilation's analyzer options (additional files and their metadata).</param>
    /// <param name="parse">Looks a text up in the content-keyed parse cache.</param>
    /// <param name="cancellationToken">The compilation's cancellation token.</param>
    public static AdrInputs Read(AnalyzerOptions options, Func<SourceText, ParsedText?> parse, CancellationToken cancellationToken)
    {
        var files = options.AdditionalFiles;
        var optionsProvider = options.AnalyzerConfigOptionsProvider;
        var narrowed = false;
        foreach (var file in files)
        {
            if (optionsProvider.GetOptions(file).TryGetValue(KindMetadata, out var kind) && kind.Length > 0)
            {
                narrowed = true;
                break;
            }
        }

        var inputs = new List<(AdditionalText File, FileRole Role, SourceText? Text)>();
        foreach (var file in files)
        {
            var role = RoleOf(file, optionsProvider, narrowed);
            if (role != FileRole.None)
            {
                inputs.Add((file, role, file.GetText(cancellationToken)));
            }
        }

        return AdrInputsCache.GetOrAdd(AdrInputsCache.KeyOf(inputs.Select(i => (i.File.Path, (int)i.Role, i.Text))), () => Parse(inputs, parse));
    }

    private static AdrInputs Parse(List<(AdditionalText File, FileRole Role, SourceText? Text)> inputs, Func<SourceText, ParsedText?> parse)
    {
        var parsed = new List<AdrParseResult>();
        var diagnostics = new List<AdrDiagnostic>();
        var baseline = Baseline.Empty;
        foreach (var (file, role, text) in inputs)
        {
            var parsedText = ReadText(file, text, parse, diagnostics);
            if (parsedText is null)
            {
                continue;
            }

            if (role == FileRole.Adr)
            {
                parsed.Add(parsedText.Adr(file.Path));
            }
            else if (baseline == Baseline.Empty)
            {
                var (read, problems) = parsedText.Baseline(file.Path);
                baseline = read;
                diagnostics.AddRange(problems);
            }
        }

        var set = AdrSet.FromParsed(parsed);
        diagnostics.InsertRange(0, set.Diagnostics);
        return new AdrInputs(set, baseline, diagnostics);
    }

    private static ParsedText? ReadText(AdditionalText file, SourceText? text, Func<SourceText, ParsedText?> parse, List<AdrDiagnostic> diagnostics)
    {
        if (text is null)
        {
            diagnostics.Add(new AdrDiagnostic(DiagnosticIds.AdrUnreadable, "ADR file cannot be read; check that it exists and is readable", file.Path, SourceSpan.FileStart, RuleSeverity.Error));
            return null;
        }

        return parse(text);
    }

    private static FileRole RoleOf(AdditionalText file, AnalyzerConfigOptionsProvider optionsProvider, bool narrowed)
    {
        if (narrowed)
        {
            optionsProvider.GetOptions(file).TryGetValue(KindMetadata, out var kind);
            if (string.Equals(kind, "adr", StringComparison.OrdinalIgnoreCase))
            {
                return FileRole.Adr;
            }

            if (string.Equals(kind, "baseline", StringComparison.OrdinalIgnoreCase))
            {
                return FileRole.Baseline;
            }
        }

        if (string.Equals(FileName(file.Path), BaselineFileName, StringComparison.OrdinalIgnoreCase))
        {
            return FileRole.Baseline;
        }

        return !narrowed && file.Path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? FileRole.Adr : FileRole.None;
    }

    private static string FileName(string path)
    {
        var slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return slash < 0 ? path : path.Substring(slash + 1);
    }

    private enum FileRole
    {
        None,
        Adr,
        Baseline,
    }
}
