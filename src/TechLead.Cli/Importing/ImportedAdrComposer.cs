using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using TechLead.Rules.Writing;

namespace TechLead.Cli.Importing;

/// <summary>
/// The ADR for one imported decision: where it came from (with the import marker), the translated rules, and a
/// "Not imported" section that quotes every item the importer could not translate, with its location and reason.
/// </summary>
internal static class ImportedAdrComposer
{
    public const string NotImportedHeading = "Not imported";
    public const string Tag = "imported";

    public static AdrDraft Compose(ImportedDecision decision, string importer, string id, string status, string date)
    {
        var draft = new AdrDraft(id, decision.Title, status, date);
        draft.Tags.Add(Tag);
        draft.Sections.Add(new("Context and Problem Statement", decision.Origin.TrimEnd() + "\n\n" + ImportMarker.For(decision.Key)));
        draft.Sections.Add(new("Decision Outcome", Outcome(decision, importer)));
        draft.Sections.Add(new(NotImportedHeading, NotImported(decision.NotImported)));
        draft.Sections.Add(new("Confirmation", string.Empty));
        foreach (var rule in decision.Rules)
        {
            draft.Rules.Add(rule);
        }

        draft.ConfirmationText = decision.Rules.Count == 0
            ? "No rule could be translated; see \"Not imported\". The ADR is `proposed`: it enforces nothing until rules are added."
            : $"Imported by `techlead import` from `{decision.SourcePath}`; the analyzer, the fitness tests and `techlead check` enforce these rules.";
        return draft;
    }

    /// <summary>How many entries were translated: a <c>banned-api</c> rule counts its APIs, any other rule counts once.</summary>
    public static int ImportedCount(ImportedDecision decision) =>
        decision.Rules.Sum(rule => rule.Kind == "banned-api" && rule.Fields.FirstOrDefault(f => f.Key == "apis").Value is YamlDraftSequence apis ? apis.Items.Count : 1);

    private static string Outcome(ImportedDecision decision, string importer)
    {
        var imported = ImportedCount(decision);
        var notImported = decision.NotImported.Count;
        return $"The {importer} rules of `{decision.SourcePath}` are kept as TechLead rules: {imported} translated, {notImported} not imported (listed below with the reason).";
    }

    private static string NotImported(IReadOnlyList<NotImportedItem> items)
    {
        if (items.Count == 0)
        {
            return "Nothing: every rule was translated.";
        }

        var text = new StringBuilder();
        foreach (var item in items)
        {
            text.Append("- `").Append(item.Location.Replace("`", "'", StringComparison.Ordinal)).Append("`: ").Append(OneLine(item.Reason)).Append('\n');
            if (item.Quote.Length > 0)
            {
                // A fence longer than any backtick run in the quote, so any code quotes verbatim.
                var fence = new string('`', Math.Max(3, LongestBacktickRun(item.Quote) + 1));
                text.Append('\n').Append("  ").Append(fence).Append("text\n");
                foreach (var line in item.Quote.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n'))
                {
                    text.Append("  ").Append(line).Append('\n');
                }

                text.Append("  ").Append(fence).Append("\n\n");
            }
        }

        return text.ToString();
    }

    private static string OneLine(string text) => text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ');

    private static int LongestBacktickRun(string text)
    {
        int longest = 0, run = 0;
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }
}
