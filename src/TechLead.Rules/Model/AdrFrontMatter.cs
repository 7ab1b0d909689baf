using System.Collections.Generic;

namespace TechLead.Rules.Model;

/// <summary>The decision's metadata (docs/adr-format.md), with where each part was written.</summary>
public sealed record AdrFrontMatter
{
    public string Id { get; init; } = string.Empty;

    public string Title { get; init; } = string.Empty;

    public AdrStatus Status { get; init; } = AdrStatus.Proposed;

    public string? Date { get; init; }

    /// <summary>MADR 4 <c>decision-makers</c> (or its alias <c>deciders</c>).</summary>
    public IReadOnlyList<string> DecisionMakers { get; init; } = [];

    public IReadOnlyList<string> Consulted { get; init; } = [];

    public IReadOnlyList<string> Informed { get; init; } = [];

    public IReadOnlyList<string> Owners { get; init; } = [];

    public AdrCategory Category { get; init; }

    public IReadOnlyList<string> Supersedes { get; init; } = [];

    public string? SupersededBy { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The reason given in <c>enforcement: manual</c>, when the decision is checked by people, not rules.</summary>
    public string? ManualEnforcement { get; init; }

    /// <summary>Where <c>id:</c> was written (the file start when the id was derived).</summary>
    public SourceSpan IdSpan { get; init; }

    public SourceSpan StatusSpan { get; init; }

    public SourceSpan SupersedesSpan { get; init; }

    public SourceSpan SupersededBySpan { get; init; }

    public SourceSpan CategorySpan { get; init; }
}
