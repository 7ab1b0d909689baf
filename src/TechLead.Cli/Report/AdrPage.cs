using System;
using System.Collections.Generic;
using System.Linq;
using TechLead.Cli.Adrs;
using TechLead.Rules.Baselines;
using TechLead.Rules.Model;

namespace TechLead.Cli.Report;

/// <summary>
/// One page per ADR, what a lead acts on: who owns the decision, its rules (each row's id is the rule id, so
/// <c>ADR-0002.html#rule-id</c> lands on it, the fragment the analyzer's help links use too), every current violation
/// at file:line with its rule, the baselined debt with its expiry, the trend (from two recorded checks on), for a
/// proposed ADR its impact, and the decision's own text.
/// </summary>
internal static class AdrPage
{
    /// <summary>The page's file name without extension: the ADR id, kept to characters safe in a file name and a URL.</summary>
    public static string NameOf(AdrDocument document) =>
        new(document.Id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_').ToArray());

    public static ReportPage Build(ReportContext context, AdrDocument document)
    {
        var blocks = new List<ReportBlock>();
        blocks.AddRange(Header(context, document));
        if (document.Status == AdrStatus.Proposed)
        {
            blocks.AddRange(Impact(context, document));
        }

        blocks.AddRange(Decision(context, document));

        blocks.Add(new HeadingBlock(2, "Rules"));
        blocks.Add(document.Rules.Count == 0
            ? new ParagraphBlock(document.FrontMatter.ManualEnforcement is { } manual ? "No rules: enforced by hand (" + manual + ")." : "No rules.")
            : RulesTable(context, document, anchored: true));
        blocks.AddRange(Violations(context, document));
        blocks.AddRange(Debt(context, document));
        if (context.History is { Entries.Count: >= TrendSection.MinimumPoints } history)
        {
            blocks.Add(new HeadingBlock(2, "Trend"));
            blocks.AddRange(TrendSection.ForAdr(document.Id, document, history.Entries));
        }

        return new ReportPage(NameOf(document), $"{document.Id}: {document.Title}", blocks);
    }

    /// <summary>The rules with their counts; on the ADR's own page each row carries the rule id as its element id.</summary>
    public static TableBlock RulesTable(ReportContext context, AdrDocument document, bool anchored) => new(
        ["Rule", "Kind", "Severity", "Because", "Violations", "Baselined"],
        document.Rules.Select(r => (IReadOnlyList<ReportCell>)
        [
            ReportBuilder.RuleLink(r) with { Id = anchored ? r.Id : null },
            RuleKinds.GetName(r.Kind),
            AdrNames.Of(r.EffectiveSeverity),
            r.Reason,
            context.Result is null ? "-" : ReportBuilder.Number(context.CountsOf(r).Open),
            context.Result is null ? "-" : ReportBuilder.Number(context.CountsOf(r).Baselined),
        ]).ToList());

    private static IEnumerable<ReportBlock> Header(ReportContext context, AdrDocument document)
    {
        var front = document.FrontMatter;
        yield return new HeadingBlock(1, $"{document.Id}: {document.Title}");
        var rows = new List<IReadOnlyList<ReportCell>>
        {
            new ReportCell[] { "Status", AdrNames.Of(document.Status) + (document.IsUnenforced ? " (unenforced)" : string.Empty) },
            new ReportCell[] { "Date", front.Date ?? "-" },
            new ReportCell[] { "Owners", Names(front.Owners) },
            new ReportCell[] { "Decision-makers", Names(front.DecisionMakers) },
            new ReportCell[] { "Consulted", Names(front.Consulted) },
            new ReportCell[] { "Informed", Names(front.Informed) },
            new ReportCell[] { "Source", new ReportCell(context.Display(document.Path), context.LinkTo(document.Path)) },
            new ReportCell[] { "Report", ReportCell.ToPage("all decisions", ReportBuilder.IndexPage) },
        };
        rows.AddRange(front.Supersedes.Select(old => (IReadOnlyList<ReportCell>)["Supersedes", PageOf(context, old)]));
        if (front.SupersededBy is { } by)
        {
            rows.Add(["Superseded by", PageOf(context, by)]);
        }

        yield return new TableBlock(["", ""], rows);
    }

    /// <summary>The decision in the ADR's own words: its Markdown body under one heading; nothing for a file with front matter only.</summary>
    private static IEnumerable<ReportBlock> Decision(ReportContext context, AdrDocument document)
    {
        var body = AdrText.Body(context.Adrs.TextOf(document), document.Path, context.LinkTo);
        if (body.Length > 0)
        {
            yield return new HeadingBlock(2, "Decision", "decision");
            yield return new MarkdownBlock(body);
        }
    }

    /// <summary>What accepting a proposed ADR would do today: its rules report at info level until then.</summary>
    private static IEnumerable<ReportBlock> Impact(ReportContext context, AdrDocument document)
    {
        yield return new HeadingBlock(2, "Impact if accepted", "impact");
        if (context.Result is null)
        {
            yield return new ParagraphBlock($"Code not checked, so the impact is unknown: run 'techlead impact {document.Id}'.");
            yield break;
        }

        var violations = context.ViolationsOf(document);
        var files = violations.Select(v => v.Path).Distinct(StringComparer.Ordinal).Count();
        yield return new ParagraphBlock(violations.Count == 0
            ? "Proposed: if accepted today, its rules would report no violation."
            : $"Proposed: if accepted today, its {document.Rules.Count} rule(s) would report {violations.Count} violation(s) in {files} file(s), listed under Violations; 'techlead impact {document.Id}' counts them by project and namespace.");
    }

    private static IEnumerable<ReportBlock> Violations(ReportContext context, AdrDocument document)
    {
        yield return new HeadingBlock(2, "Violations", "violations");
        if (context.Result is null)
        {
            yield return new ParagraphBlock($"Code not checked: {context.NotCheckedReason}.");
            yield break;
        }

        var violations = context.ViolationsOf(document);
        if (violations.Count == 0)
        {
            yield return new ParagraphBlock("No current violation.");
            yield break;
        }

        yield return new TableBlock(
            ["Location", "Rule", "Severity", "Message"],
            violations.Select(v => (IReadOnlyList<ReportCell>)
            [
                new ReportCell($"{context.Display(v.Path)}:{v.Line}", context.LinkTo(v.Path)),
                document.Rules.FirstOrDefault(r => r.Id == v.Rule) is { } rule ? ReportBuilder.RuleLink(rule) : v.Rule ?? v.Id,
                AdrNames.Of(v.Severity),
                v.Message,
            ]).ToList());
    }

    /// <summary>The baseline entries of this ADR: frozen violations, when each stops hiding anything, who owns it and why.</summary>
    private static IEnumerable<ReportBlock> Debt(ReportContext context, AdrDocument document)
    {
        yield return new HeadingBlock(2, "Baselined debt", "baselined-debt");
        var entries = context.Result?.Baseline.Entries.Where(e => e.Adr == document.Id).ToList() ?? [];
        if (entries.Count == 0)
        {
            yield return new ParagraphBlock(context.Result is null ? "Code not checked." : "No baseline entry.");
            yield break;
        }

        yield return new TableBlock(
            ["Rule", "From", "To", "Count", "Expires", "Owner", "Reason"],
            entries.OrderBy(e => e.Expires ?? "\uffff", StringComparer.Ordinal).ThenBy(e => e.Rule, StringComparer.Ordinal).ThenBy(e => e.From, StringComparer.Ordinal)
                .Select(e => (IReadOnlyList<ReportCell>)
                [
                    document.Rules.FirstOrDefault(r => r.Id == e.Rule) is { } rule ? ReportBuilder.RuleLink(rule) : e.Rule,
                    e.From,
                    e.To.Length == 0 ? "-" : e.To,
                    ReportBuilder.Number(e.Count),
                    Expiry(e, context.Today),
                    e.Owner ?? "-",
                    e.Reason ?? "-",
                ]).ToList());
    }

    private static string Expiry(BaselineEntry entry, string today) =>
        entry.Expires is not { Length: > 0 } expires ? "never" : entry.IsExpired(today) ? expires + " (expired)" : expires;

    private static ReportCell PageOf(ReportContext context, string id) =>
        context.Documents.FirstOrDefault(d => d.Id == id) is { } other ? ReportCell.ToPage(id, NameOf(other)) : id;

    private static string Names(IReadOnlyList<string> names) => names.Count == 0 ? "-" : string.Join(", ", names);
}
