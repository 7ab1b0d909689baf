using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using TechLead.Rules.Selectors;

namespace TechLead.Rules.Writing;

/// <summary>
/// Renders an <see cref="AdrDraft"/> as a MADR 4 ADR that <see cref="Parsing.AdrParser"/> reads back with
/// the same rules: front matter, the title, the sections, and a techlead block under "Confirmation".
/// </summary>
public static class AdrDraftWriter
{
    private const string Confirmation = "Confirmation";

    public static string Render(AdrDraft draft)
    {
        var text = new StringBuilder();
        var frontMatter = FrontMatterWriter.Open(text)
            .Scalar("id", draft.Id)
            .Scalar("title", draft.Title)
            .Scalar("status", draft.Status)
            .Scalar("date", draft.Date)
            .List("decision-makers", draft.DecisionMakers);
        if (draft.Category is not null)
        {
            frontMatter.Scalar("category", draft.Category);
        }

        if (draft.Tags.Count > 0)
        {
            frontMatter.List("tags", draft.Tags);
        }

        if (draft.ManualEnforcement is not null)
        {
            frontMatter.Scalar("enforcement", "manual: " + draft.ManualEnforcement);
        }

        frontMatter.Close();
        text.Append("# ").Append(OneLine(draft.Title)).Append("\n\n");

        var wroteConfirmation = false;
        foreach (var section in draft.Sections)
        {
            text.Append("## ").Append(OneLine(section.Key)).Append("\n\n");
            if (section.Value.Length > 0)
            {
                text.Append(section.Value.TrimEnd('\n')).Append("\n\n");
            }

            if (string.Equals(section.Key, Confirmation, StringComparison.OrdinalIgnoreCase))
            {
                AppendRules(text, draft);
                wroteConfirmation = true;
            }
        }

        if (!wroteConfirmation)
        {
            text.Append("## ").Append(Confirmation).Append("\n\n");
            AppendRules(text, draft);
        }

        return text.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>Only the fenced techlead block, for tools that add rules to an existing ADR.</summary>
    public static string RenderRuleBlock(IEnumerable<RuleDraft> rules)
    {
        var text = new StringBuilder();
        text.Append("```techlead\n");
        foreach (var rule in rules)
        {
            text.Append("- id: ").Append(YamlText.Render(rule.Id)).Append('\n');
            text.Append("  kind: ").Append(YamlText.Render(rule.Kind)).Append('\n');
            if (rule.Severity is not null)
            {
                text.Append("  severity: ").Append(YamlText.Render(rule.Severity)).Append('\n');
            }

            foreach (var field in rule.Fields)
            {
                Entry(text, 1, field.Key, field.Value);
            }

            if (rule.Because is not null)
            {
                text.Append("  because: ").Append(YamlText.Render(OneLine(rule.Because))).Append('\n');
            }
        }

        return text.Append("```\n").ToString();
    }

    private static void AppendRules(StringBuilder text, AdrDraft draft)
    {
        foreach (var rule in draft.Rules)
        {
            if (rule.Diagram is { } diagram)
            {
                text.Append(diagram.TrimEnd('\n')).Append("\n\n");
            }
        }

        if (draft.Rules.Count > 0)
        {
            text.Append(RenderRuleBlock(draft.Rules)).Append('\n');
        }

        if (draft.ConfirmationText is not null)
        {
            text.Append(draft.ConfirmationText.TrimEnd('\n')).Append("\n\n");
        }
    }

    private static void Entry(StringBuilder text, int depth, string key, YamlDraftNode value)
    {
        Indent(text, depth).Append(YamlText.Render(key)).Append(':');
        Value(text, depth, value);
    }

    // Called right after "key:" or "- "; writes the rest of that line and any nested lines.
    private static void Value(StringBuilder text, int depth, YamlDraftNode value)
    {
        switch (value)
        {
            case YamlDraftScalar scalar:
                text.Append(' ').Append(YamlText.Render(OneLine(scalar.Value))).Append('\n');
                break;
            case YamlDraftSequence sequence when sequence.Items.All(item => item is YamlDraftScalar):
                text.Append(' ').Append(YamlText.FlowList(sequence.Items.Cast<YamlDraftScalar>().Select(item => item.Value))).Append('\n');
                break;
            case YamlDraftSequence sequence:
                text.Append('\n');
                foreach (var item in sequence.Items)
                {
                    Item(text, depth + 1, item);
                }

                break;
            case YamlDraftMapping mapping when mapping.Entries.Count == 0:
                text.Append(" {}\n");
                break;
            case YamlDraftMapping mapping:
                text.Append('\n');
                foreach (var entry in mapping.Entries)
                {
                    Entry(text, depth + 1, entry.Key, entry.Value);
                }

                break;
            default:
                throw new ArgumentException("Unknown YAML node " + value.GetType().Name, nameof(value));
        }
    }

    private static void Item(StringBuilder text, int depth, YamlDraftNode item)
    {
        if (item is YamlDraftMapping { Entries.Count: > 0 } mapping)
        {
            // "- first: x" then the other keys aligned under "first".
            var first = true;
            foreach (var entry in mapping.Entries)
            {
                if (first)
                {
                    Indent(text, depth).Append("- ").Append(YamlText.Render(entry.Key)).Append(':');
                    Value(text, depth + 1, entry.Value);
                    first = false;
                }
                else
                {
                    Entry(text, depth + 1, entry.Key, entry.Value);
                }
            }

            return;
        }

        Indent(text, depth).Append('-');
        Value(text, depth, item);
    }

    private static StringBuilder Indent(StringBuilder text, int depth) => text.Append(' ', depth * 2);

    private static string OneLine(string value) => YamlText.OneLine(value);
}
