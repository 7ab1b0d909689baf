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
    }

    /// <summary>Every readable ADR (prose-only ones too), ordered by path.</summary>
    public IReadOnlyList<AdrDocument> Documents { get; }

    /// <summary>Every valid rule of every ADR whatever its status, ordered by path then position.</summary>
    public IReadOnlyList<Rule> Rules { get; }

    /// <summary>Rules to evaluate: effective severity is not <see cref="RuleSeverity.None"/>.</summary>
    public IEnumerable<Rule> ActiveRules => Rules.Where(r => r.EffectiveSeverity != RuleSeverity.None);

    public IReadOnlyList<AdrDiagnostic> Diagnostics { get; }

    /// <summary>Parses (files in parallel: parsing is pure) and validates ADR files given as (path, text).</summary>
    public static AdrSet Load(IEnumerable<AdrSourceFile> files) =>
        FromParsed(files.AsParallel().Select(f => AdrParser.Parse(f.Path, f.Text)).ToList());

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
