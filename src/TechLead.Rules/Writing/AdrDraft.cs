using System.Collections.Generic;

namespace TechLead.Rules.Writing;

/// <summary>
/// A decision a tool proposes or imports. <see cref="Sections"/> are level-2 Markdown sections in order
/// (heading, body); the rules go into a techlead block under "Confirmation", which is added when absent.
/// </summary>
public sealed class AdrDraft
{
    public AdrDraft(string id, string title, string status, string date)
    {
        Id = id;
        Title = title;
        Status = status;
        Date = date;
    }

    /// <summary><c>ADR-0007</c>.</summary>
    public string Id { get; }

    public string Title { get; }

    /// <summary><c>proposed</c>, <c>accepted</c>...</summary>
    public string Status { get; }

    /// <summary><c>yyyy-MM-dd</c>, UTC (see <see cref="Baselines.BaselineDate"/>); passed in because Rules reads no clock.</summary>
    public string Date { get; }

    public IList<string> DecisionMakers { get; } = [];

    /// <summary><c>one-way-door</c> or <c>two-way-door</c> (how reversible the decision is); not written when null.</summary>
    public string? Category { get; set; }

    public IList<string> Tags { get; } = [];

    /// <summary>How people confirm a decision that has no rules, written as <c>enforcement: "manual: ..."</c>; not written when null.</summary>
    public string? ManualEnforcement { get; set; }

    public IList<KeyValuePair<string, string>> Sections { get; } = [];

    public IList<RuleDraft> Rules { get; } = [];

    /// <summary>Sentence after the rule block in "Confirmation", e.g. how the rules were found.</summary>
    public string? ConfirmationText { get; set; }
}
