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
/// the baseline is the file <see cref="BaselineSelection"/> chooses; an ADR is an additional <c>.md</c> file, or, when
/// any additional file carries <c>TechLeadKind</c> metadata, a file marked <c>TechLeadKind=adr</c>.
/// </summary>
internal sealed class AdrInputs
{
    private AdrInputs(AdrSet set, Baseline baseline, IReadOnlyList<AdrDiagnostic> diagnostics, int adrFiles)
    {
        AdrFiles = adrFiles;
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
    private PrefixIndex<MembersRule>? memberRules;

    public AdrSet Set { get; }

    /// <summary>How many additional files were taken as ADRs, readable or not (none: TL9006 where the package is referenced).</summary>
    public int AdrFiles { get; }

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

    /// <summary>The active <c>members</c> rules by the namespaces their declaring-type selector requires.</summary>
    public PrefixIndex<MembersRule> MemberRules => memberRules ??= new PrefixIndex<MembersRule>(ActiveRules.OfType<MembersRule>(), rule => rule.Members.RequiredPrefixes);

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
        var (candidates, baseline) = BaselineSelection.Read(options);
        var narrowed = false;
        foreach (var candidate in candidates)
        {
            narrowed |= candidate.Kind is not null;
        }

        var inputs = new List<AdrInputFile>();
        for (var index = 0; index < files.Length; index++)
        {
            var role = index == baseline ? AdrInputRole.Baseline : RoleOf(candidates[index], narrowed);
            if (role != AdrInputRole.None)
            {
                inputs.Add(new AdrInputFile(files[index], role, files[index].GetText(cancellationToken)));
            }
        }

        return AdrInputsCache.GetOrAdd(AdrInputsCache.KeyOf(inputs), () => Parse(inputs, parse));
    }

    private static readonly Dictionary<string, List<AdrSourceFile>> NoDiagrams = new(StringComparer.Ordinal);

    private static AdrInputs Parse(List<AdrInputFile> inputs, Func<SourceText, ParsedText?> parse)
    {
        var parsed = new List<AdrParseResult>();
        var diagnostics = new List<AdrDiagnostic>();
        var baseline = Baseline.Empty;

        // The .puml files of the ADR folder are diagrams a rule may name (rules/0037), not ADRs. A plain loop: LINQ over
        // these structs is JIT-compiled in every compiler process, the precompiled package cannot carry it (rules/0054).
        List<AdrSourceFile>? diagramFiles = null;
        var adrFiles = 0;
        foreach (var input in inputs)
        {
            if (input.IsDiagram && input.Text is not null)
            {
                (diagramFiles ??= []).Add(new AdrSourceFile(input.Path, input.Text.ToString()));
            }

            adrFiles += input.Role == AdrInputRole.Adr && !input.IsDiagram ? 1 : 0;
        }

        var diagrams = diagramFiles is null ? NoDiagrams : AdrSet.DiagramFilesByFolder(diagramFiles);
        foreach (var input in inputs)
        {
            if (input.IsDiagram)
            {
                continue;
            }

            var parsedText = ReadText(input.File, input.Text, parse, diagnostics);
            if (parsedText is null)
            {
                continue;
            }

            if (input.Role == AdrInputRole.Adr)
            {
                // An ADR beside diagram files depends on them too, so its parse is not cached by its own content alone.
                parsed.Add(diagrams.TryGetValue(AdrSet.FolderOf(input.Path), out var beside)
                    ? AdrParser.Parse(input.Path, input.Text!.ToString(), beside)
                    : parsedText.Adr(input.Path));
            }
            else
            {
                var (read, problems) = parsedText.Baseline(input.Path);
                baseline = read;
                diagnostics.AddRange(problems);
            }
        }

        var set = AdrSet.FromParsed(parsed);
        diagnostics.InsertRange(0, set.Diagnostics);
        return new AdrInputs(set, baseline, diagnostics, adrFiles);
    }

    /// <summary>An ADR folder's <c>.puml</c> diagram (rules/0037).</summary>
    public static bool DiagramFile(string path) => path.EndsWith(".puml", StringComparison.OrdinalIgnoreCase);

    private static ParsedText? ReadText(AdditionalText file, SourceText? text, Func<SourceText, ParsedText?> parse, List<AdrDiagnostic> diagnostics)
    {
        if (text is null)
        {
            diagnostics.Add(new AdrDiagnostic(DiagnosticIds.AdrUnreadable, "ADR file cannot be read; check that it exists and is readable", file.Path, SourceSpan.FileStart, RuleSeverity.Error));
            return null;
        }

        return parse(text);
    }

    /// <summary>
    /// Whether a file that is not the baseline is of the ADR folder: marked so, or (when nothing is marked) a <c>.md</c>
    /// file, or a <c>.puml</c> diagram.
    /// </summary>
    private static AdrInputRole RoleOf(BaselineCandidate file, bool narrowed) =>
        (narrowed ? string.Equals(file.Kind, BaselineFileChoice.AdrKind, StringComparison.OrdinalIgnoreCase) : file.Path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || DiagramFile(file.Path))
            ? AdrInputRole.Adr
            : AdrInputRole.None;
}
