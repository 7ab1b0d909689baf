using System;
using System.Collections.Generic;
using System.Linq;
using TechLead.Rules.Model;
using TechLead.Rules.Parsing;
using TechLead.Rules.Validation;

namespace TechLead.Rules;

/// <summary>
/// Every ADR of a repository, validated together: the rules to enforce (with effective severities)
/// and every TL9xxx problem, in a deterministic order (by path, then position).
/// </summary>
public sealed class AdrSet
{
    private readonly Dictionary<string, AdrDocument> byId;

    private readonly Dictionary<string, AdrDocument> byPath;

    private readonly Dictionary<AdrDocument, AdrDiagnostic> statusProblems = new();

    private AdrSet(IReadOnlyList<AdrDocument> documents, IReadOnlyList<Rule> rules, IReadOnlyList<AdrDiagnostic> diagnostics)
    {
        Documents = documents;
        Rules = rules;
        Diagnostics = diagnostics;
        byId = new Dictionary<string, AdrDocument>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            // A duplicate id was reported (TL9003); the first file in path order keeps the id.
            if (!byId.ContainsKey(document.Id))
            {
                byId.Add(document.Id, document);
            }
        }

        byPath = new Dictionary<string, AdrDocument>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            byPath[document.Path] = document;
        }

        // The parser reads an invalid status as proposed and reports it at the status node; a front matter that is not
        // readable YAML leaves the file with derived metadata (status proposed, no spans) and a TL9001. Either way the
        // ADR's real status is unknown.
        foreach (var problem in diagnostics)
        {
            if (problem.Severity == RuleSeverity.Error
                && byPath.TryGetValue(problem.Path, out var document)
                && !statusProblems.ContainsKey(document)
                && (document.FrontMatter.StatusSpan == default
                    ? problem.Id == DiagnosticIds.AdrUnreadable
                    : problem.Span.Start == document.FrontMatter.StatusSpan.Start))
            {
                statusProblems.Add(document, problem);
            }
        }
    }

    /// <summary>Every readable ADR (prose-only ones too), ordered by path.</summary>
    public IReadOnlyList<AdrDocument> Documents { get; }

    /// <summary>Every valid rule of every ADR whatever its status, ordered by path then position.</summary>
    public IReadOnlyList<Rule> Rules { get; }

    /// <summary>Rules to evaluate: effective severity is not <see cref="RuleSeverity.None"/>.</summary>
    public IEnumerable<Rule> ActiveRules => Rules.Where(r => r.EffectiveSeverity != RuleSeverity.None);

    public IReadOnlyList<AdrDiagnostic> Diagnostics { get; }

    /// <summary>
    /// Parses (files in parallel: parsing is pure) and validates ADR files given as (path, text). <c>.puml</c> files among
    /// them are diagrams, not ADRs: each ADR sees those of its own folder (rules/0037).
    /// </summary>
    public static AdrSet Load(IEnumerable<AdrSourceFile> files)
    {
        var all = files.ToList();
        var diagrams = DiagramFilesByFolder(all);
        return FromParsed(all.Where(f => !Diagrams.DiagramFile.IsDiagramPath(f.Path)).AsParallel()
            .Select(f => AdrParser.Parse(f.Path, f.Text, diagrams.TryGetValue(FolderOf(f.Path), out var beside) ? beside : []))
            .ToList());
    }

    /// <summary>The <c>.puml</c> files among <paramref name="files"/> by folder, in path order.</summary>
    public static Dictionary<string, List<AdrSourceFile>> DiagramFilesByFolder(IEnumerable<AdrSourceFile> files)
    {
        var result = new Dictionary<string, List<AdrSourceFile>>(StringComparer.Ordinal);
        foreach (var file in files.Where(f => Diagrams.DiagramFile.IsDiagramPath(f.Path)).OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            var folder = FolderOf(file.Path);
            if (!result.TryGetValue(folder, out var list))
            {
                result.Add(folder, list = []);
            }

            list.Add(file);
        }

        return result;
    }

    /// <summary>The folder part of a path as given (no I/O), with either separator.</summary>
    public static string FolderOf(string path)
    {
        var slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return slash < 0 ? string.Empty : path.Substring(0, slash);
    }

    /// <summary>Validates already-parsed files (the analyzer caches each file's parse by content).</summary>
    public static AdrSet FromParsed(IEnumerable<AdrParseResult> parsed)
    {
        var ordered = parsed.OrderBy(p => p.Path, StringComparer.Ordinal).ToList();
        var diagnostics = ordered.SelectMany(p => p.Diagnostics).ToList();
        var documents = ordered.Where(p => p.Document is not null).Select(p => p.Document!).ToList();
        var unique = CrossFileValidator.Validate(documents, diagnostics);
        var rules = unique.SelectMany(d => d.Rules).ToList();
        diagnostics.Sort(CompareDiagnostics);
        return new AdrSet(documents, rules, diagnostics);
    }

    /// <summary>Files that could not be read as an ADR at all (no document), each with its first TL9001, ordered by path.</summary>
    public IEnumerable<UnreadableAdr> Unreadable =>
        Diagnostics.Where(d => d.Id == DiagnosticIds.AdrUnreadable && !byPath.ContainsKey(d.Path))
            .GroupBy(d => d.Path, StringComparer.Ordinal)
            .Select(g => new UnreadableAdr(FrontMatterReader.DerivedId(g.Key), g.First()));

    /// <summary>
    /// Why the ADR's status is unknown: the error at its <c>status</c> (e.g. an unknown value, TL9002) or the TL9001 of
    /// a front matter that is not readable; null when the status was read as written (or defaulted, when not written).
    /// </summary>
    public AdrDiagnostic? StatusProblem(AdrDocument document) => statusProblems.TryGetValue(document, out var problem) ? problem : null;

    /// <summary>The status of the ADR at <paramref name="path"/>; null when the file was not readable or its status is invalid.</summary>
    public AdrStatus? KnownStatusAt(string path) =>
        byPath.TryGetValue(path, out var document) && StatusProblem(document) is null ? document.Status : null;

    /// <summary>The severity a build gives a problem of this set (<see cref="AdrProblemSeverity"/>, rules/0015).</summary>
    public RuleSeverity BuildSeverity(AdrDiagnostic problem) => AdrProblemSeverity.Effective(problem, KnownStatusAt(problem.Path));

    /// <summary>True when the ADR's status keeps the problem at info in a build, whatever bulk options say.</summary>
    public bool IsLoweredByStatus(AdrDiagnostic problem) => AdrProblemSeverity.IsLoweredByStatus(problem, KnownStatusAt(problem.Path));

    public AdrDocument? FindById(string id) => byId.TryGetValue(id, out var document) ? document : null;

    private static int CompareDiagnostics(AdrDiagnostic a, AdrDiagnostic b)
    {
        var byPath = string.CompareOrdinal(a.Path, b.Path);
        if (byPath != 0)
        {
            return byPath;
        }

        var byStart = a.Span.Start.CompareTo(b.Span.Start);
        return byStart != 0 ? byStart : string.CompareOrdinal(a.Id + a.Message, b.Id + b.Message);
    }
}

/// <summary>An ADR file's path (as the caller wants it reported) and its text.</summary>
public readonly record struct AdrSourceFile(string Path, string Text);
