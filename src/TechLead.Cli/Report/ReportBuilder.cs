using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using TechLead.Cli.Adrs;
using TechLead.Cli.Output;
using TechLead.Rules.Model;

namespace TechLead.Cli.Report;

/// <summary>
/// What the report says. The index: the ADR log with supersession graph, unenforced decisions, rules with their
/// current violation counts, trends, intended layers next to the actual namespace graph, and the glossary; one
/// section per call below. Then one page per ADR (<see cref="AdrPage"/>), which the index and the rule links point to.
/// </summary>
internal static class ReportBuilder
{
    public const string IndexPage = "index";

    public static IReadOnlyList<ReportPage> Build(ReportContext context)
    {
        var index = new List<ReportBlock>();
        index.AddRange(Summary(context));
        index.AddRange(DecisionLog(context));
        index.AddRange(Unenforced(context));
        index.AddRange(Rules(context));
        if (context.History is { } history)
        {
            index.AddRange(TrendSection.Blocks(context.Adrs, history.Entries, history.Display));
        }

        index.AddRange(OrganizationSection.Blocks(context.Adrs, context.Result, context.History, context.OutputDirectory));
        index.AddRange(Layers(context));
        index.AddRange(Diagrams(context));
        index.AddRange(Glossary(context));
        return [new ReportPage(IndexPage, "Architecture decisions", index), .. context.Documents.Select(d => AdrPage.Build(context, d))];
    }

    /// <summary>A rule's id, linked to its row on its ADR's page (the fragment is the rule id, as in the analyzer's help links).</summary>
    public static ReportCell RuleLink(Rule rule, bool qualified = false) =>
        ReportCell.ToPage(qualified ? rule.QualifiedId : rule.Id, AdrPage.NameOf(rule.Adr), rule.Id);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static IEnumerable<ReportBlock> Summary(ReportContext context)
    {
        var adrs = context.Adrs;
        var result = context.Result;
        yield return new HeadingBlock(1, "Architecture decisions");
        yield return new ParagraphBlock(result is null
            ? $"{context.Documents.Count} ADR(s) in {context.Display(adrs.Directory)}. Code not checked: {context.NotCheckedReason}."
            : $"{context.Documents.Count} ADR(s) in {context.Display(adrs.Directory)}. Checked {Path.GetFileName(result.Target)} ({result.Projects.Count} project(s)): {ResultSummary.Of(result)}.");
    }

    private static IEnumerable<ReportBlock> DecisionLog(ReportContext context)
    {
        yield return new HeadingBlock(2, "Decision log");
        yield return new TableBlock(
            ["ADR", "Title", "Status", "Date", "Owners", "Decision-makers", "Rules", "Violations", "Source"],
            context.Documents.Select(d => (IReadOnlyList<ReportCell>)
            [
                ReportCell.ToPage(d.Id, AdrPage.NameOf(d)),
                d.Title + (d.IsUnenforced ? " (unenforced)" : string.Empty),
                AdrNames.Of(d.Status),
                d.FrontMatter.Date ?? string.Empty,
                string.Join(", ", d.FrontMatter.Owners),
                string.Join(", ", d.FrontMatter.DecisionMakers),
                Number(d.Rules.Count),
                context.Result is null ? "-" : Number(d.Rules.Sum(r => context.CountsOf(r).Open)),
                new ReportCell(Path.GetFileName(d.Path), context.LinkTo(d.Path)),
            ]).ToList());
        yield return new HeadingBlock(3, "Supersession");
        yield return MermaidDiagrams.Supersession(context.Documents) is { } supersession ? new DiagramBlock(supersession) : new ParagraphBlock("No ADR supersedes another.");
    }

    private static IEnumerable<ReportBlock> Unenforced(ReportContext context)
    {
        yield return new HeadingBlock(2, "Unenforced decisions");
        var unenforced = context.Documents.Where(d => d.IsUnenforced).ToList();
        yield return new ParagraphBlock(unenforced.Count == 0
            ? "Every accepted decision has rules or a manual enforcement."
            : "Accepted without rules or manual enforcement: " + string.Join(", ", unenforced.Select(d => $"{d.Id} ({d.Title})")) + ".");
    }

    private static IEnumerable<ReportBlock> Rules(ReportContext context)
    {
        yield return new HeadingBlock(2, "Rules");
        foreach (var document in context.Documents.Where(d => d.Rules.Count > 0))
        {
            yield return new HeadingBlock(3, $"{document.Id}: {document.Title}");
            yield return AdrPage.RulesTable(context, document, anchored: false);
        }
    }

    /// <summary>Each diagram rule's diagram redrawn with the code's dependencies (rules/0037); nothing when no diagram rule is in force.</summary>
    private static IEnumerable<ReportBlock> Diagrams(ReportContext context)
    {
        var rules = context.Adrs.Set.ActiveRules.OfType<DiagramRule>().ToList();
        if (rules.Count == 0)
        {
            yield break;
        }

        yield return new HeadingBlock(2, "Diagrams: drawn and actual");
        yield return new ParagraphBlock(context.Result is null
            ? "Code not checked: the diagrams as drawn."
            : "Each ADR diagram as drawn, every arrow labelled with the type dependencies along it. Grey dashed: no code follows the arrow. Red: the code depends without an arrow (the rule's violations).");
        foreach (var rule in rules)
        {
            yield return new HeadingBlock(3, $"{rule.QualifiedId} (diagram '{rule.Diagram.Id}')");
            yield return new DiagramBlock(DiagramDrawing.Of(rule, context.Result?.Diagrams));
        }
    }

    private static IEnumerable<ReportBlock> Layers(ReportContext context)
    {
        yield return new HeadingBlock(2, "Layers: intended and actual");
        var layerRules = context.Adrs.Set.ActiveRules.OfType<LayersRule>().ToList();
        if (layerRules.Count == 0)
        {
            yield return new ParagraphBlock("No layers rule is in force.");
        }

        foreach (var rule in layerRules)
        {
            yield return new HeadingBlock(3, $"Intended: {rule.QualifiedId} ({(rule.Strict ? "strict" : "relaxed")})");
            yield return new DiagramBlock(MermaidDiagrams.Layers(rule));
        }

        yield return new HeadingBlock(3, "Actual namespace dependencies");
        if (context.Result is not { Graph: { } graph } result)
        {
            yield return new ParagraphBlock(context.Result is null ? "Code not checked." : "No namespaces found in the solution.");
            yield break;
        }

        var broken = BreakingEdges.Of(result, graph);
        if (graph.Namespaces.Count == 0)
        {
            yield return new ParagraphBlock("No namespaces found in the solution.");
            yield break;
        }

        yield return new ParagraphBlock("An arrow counts the references from one namespace to another, as the analyzer defines a dependency (docs/dependency-forms.md). "
            + "Red: the references break a rule in force (reported or baselined). Dashed amber: only a proposed ADR's rule would flag them. "
            + "Dashed boxes: external namespaces that a rule names or a violation points to. Generated code and the global namespace are left out.");
        yield return new DiagramBlock(MermaidDiagrams.Namespaces(graph, BreakingEdges.ByEdge(broken)));
        if (broken.Count > 0)
        {
            yield return new HeadingBlock(3, "Dependencies that break a rule");
            yield return new TableBlock(
                ["From", "To", "Rule", "Violations", "Status"],
                broken.Select(e => (IReadOnlyList<ReportCell>)
                [
                    e.From,
                    e.To,
                    RuleLink(e.Rule, qualified: true),
                    Number(e.Violations),
                    e.Break == EdgeBreak.Breaks ? "breaks the rule" : "would break it if accepted",
                ]).ToList());
        }
    }

    private static IEnumerable<ReportBlock> Glossary(ReportContext context)
    {
        var terms = context.Adrs.Set.Rules.OfType<VocabularyRule>()
            .Where(r => r.Adr.Status is AdrStatus.Accepted or AdrStatus.Proposed)
            .SelectMany(r => r.Terms.Select(t => (IReadOnlyList<ReportCell>)[t.Use, string.Join(", ", t.InsteadOf), RuleLink(r, qualified: true)]))
            .OrderBy(row => row[0].Text, StringComparer.OrdinalIgnoreCase)
            .ToList();
        yield return new HeadingBlock(2, "Vocabulary");
        yield return terms.Count == 0 ? new ParagraphBlock("No vocabulary rule.") : new TableBlock(["Say", "Not", "Rule"], terms);
    }
}
