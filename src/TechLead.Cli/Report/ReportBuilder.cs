using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using TechLead.Cli.Adrs;
using TechLead.Cli.Checking;
using TechLead.Cli.Output;
using TechLead.Rules.Model;

namespace TechLead.Cli.Report;

/// <summary>
/// What the report says: the ADR log with supersession graph, unenforced decisions, rules with their
/// current violation counts, intended layers next to the actual namespace graph, and the glossary.
/// </summary>
internal static class ReportBuilder
{
    public static IReadOnlyList<ReportBlock> Build(AdrRepository adrs, CheckResult? result, string outputDirectory, string? notCheckedReason, ReportHistory? history = null)
    {
        var blocks = new List<ReportBlock>();
        var documents = adrs.Set.Documents.OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        var counts = ViolationCounts(result);
        blocks.Add(new HeadingBlock(1, "Architecture decisions"));
        blocks.Add(new ParagraphBlock(result is null
            ? $"{documents.Count} ADR(s) in {PathDisplay(adrs.Directory, adrs.RepositoryRoot)}. Code not checked: {notCheckedReason}."
            : $"{documents.Count} ADR(s) in {PathDisplay(adrs.Directory, adrs.RepositoryRoot)}. Checked {Path.GetFileName(result.Target)} ({result.Projects.Count} project(s)): {ResultSummary.Of(result)}."));

        blocks.Add(new HeadingBlock(2, "Decision log"));
        blocks.Add(new TableBlock(
            ["ADR", "Title", "Status", "Date", "Decision-makers", "Rules", "Violations"],
            documents.Select(d => (IReadOnlyList<ReportCell>)
            [
                new ReportCell(d.Id, Link(d.Path, outputDirectory)),
                d.Title + (d.IsUnenforced ? " (unenforced)" : string.Empty),
                AdrNames.Of(d.Status),
                d.FrontMatter.Date ?? string.Empty,
                string.Join(", ", d.FrontMatter.DecisionMakers),
                Number(d.Rules.Count),
                result is null ? "-" : Number(d.Rules.Sum(r => counts.TryGetValue(r.QualifiedId, out var c) ? c.Open : 0)),
            ]).ToList()));
        blocks.Add(new HeadingBlock(3, "Supersession"));
        blocks.Add(MermaidDiagrams.Supersession(documents) is { } supersession ? new DiagramBlock(supersession) : new ParagraphBlock("No ADR supersedes another."));

        blocks.Add(new HeadingBlock(2, "Unenforced decisions"));
        var unenforced = documents.Where(d => d.IsUnenforced).ToList();
        blocks.Add(new ParagraphBlock(unenforced.Count == 0
            ? "Every accepted decision has rules or a manual enforcement."
            : "Accepted without rules or manual enforcement: " + string.Join(", ", unenforced.Select(d => $"{d.Id} ({d.Title})")) + "."));

        blocks.Add(new HeadingBlock(2, "Rules"));
        foreach (var document in documents.Where(d => d.Rules.Count > 0))
        {
            blocks.Add(new HeadingBlock(3, $"{document.Id}: {document.Title}"));
            blocks.Add(new TableBlock(
                ["Rule", "Kind", "Severity", "Because", "Violations", "Baselined"],
                document.Rules.Select(r => (IReadOnlyList<ReportCell>)
                [
                    new ReportCell(r.Id, Link(r.Adr.Path, outputDirectory)),
                    RuleKinds.GetName(r.Kind),
                    AdrNames.Of(r.EffectiveSeverity),
                    r.Reason,
                    result is null ? "-" : Number(counts.TryGetValue(r.QualifiedId, out var c) ? c.Open : 0),
                    result is null ? "-" : Number(counts.TryGetValue(r.QualifiedId, out var b) ? b.Baselined : 0),
                ]).ToList()));
        }

        if (history is not null)
        {
            blocks.AddRange(TrendSection.Blocks(adrs, history.Entries, history.Display));
        }

        blocks.AddRange(OrganizationSection.Blocks(adrs, result, history, outputDirectory));

        AddLayers(blocks, adrs, result);
        AddGlossary(blocks, adrs);
        return blocks;
    }

    private static void AddLayers(List<ReportBlock> blocks, AdrRepository adrs, CheckResult? result)
    {
        blocks.Add(new HeadingBlock(2, "Layers: intended and actual"));
        var layerRules = adrs.Set.ActiveRules.OfType<LayersRule>().ToList();
        if (layerRules.Count == 0)
        {
            blocks.Add(new ParagraphBlock("No layers rule is in force."));
        }

        foreach (var rule in layerRules)
        {
            blocks.Add(new HeadingBlock(3, $"Intended: {rule.QualifiedId} ({(rule.Strict ? "strict" : "relaxed")})"));
            blocks.Add(new DiagramBlock(MermaidDiagrams.Layers(rule)));
        }

        blocks.Add(new HeadingBlock(3, "Actual namespace dependencies"));
        if (result?.Graph is { Namespaces.Count: > 0 } graph)
        {
            blocks.Add(new DiagramBlock(MermaidDiagrams.Namespaces(graph)));
        }
        else
        {
            blocks.Add(new ParagraphBlock(result is null ? "Code not checked." : "No namespaces found in the solution."));
        }
    }

    private static void AddGlossary(List<ReportBlock> blocks, AdrRepository adrs)
    {
        var terms = adrs.Set.Rules.OfType<VocabularyRule>()
            .Where(r => r.Adr.Status is AdrStatus.Accepted or AdrStatus.Proposed)
            .SelectMany(r => r.Terms.Select(t => (IReadOnlyList<ReportCell>)[t.Use, string.Join(", ", t.InsteadOf), r.QualifiedId]))
            .OrderBy(row => row[0].Text, StringComparer.OrdinalIgnoreCase)
            .ToList();
        blocks.Add(new HeadingBlock(2, "Vocabulary"));
        blocks.Add(terms.Count == 0 ? new ParagraphBlock("No vocabulary rule.") : new TableBlock(["Say", "Not", "Rule"], terms));
    }

    private static Dictionary<string, (int Open, int Baselined)> ViolationCounts(CheckResult? result)
    {
        var counts = new Dictionary<string, (int Open, int Baselined)>(StringComparer.Ordinal);
        foreach (var finding in result?.Violations ?? [])
        {
            var key = finding.Adr + "/" + finding.Rule;
            counts.TryGetValue(key, out var count);
            counts[key] = finding.Baselined ? (count.Open, count.Baselined + 1) : (count.Open + 1, count.Baselined);
        }

        return counts;
    }

    private static string Link(string path, string outputDirectory) =>
        Path.GetRelativePath(outputDirectory, path).Replace('\\', '/');

    private static string PathDisplay(string path, string root) => Infrastructure.PathDisplay.ForwardSlashRelative(path, root);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
