using System.Collections.Generic;
using TechLead.Rules.Selectors;

namespace TechLead.Rules.Model;

/// <summary><c>banned-api</c>: the listed symbols must not be used (where <see cref="In"/> selects, if given).</summary>
public sealed class BannedApiRule(RuleHeader header, IReadOnlyList<BannedApi> apis, TypeSelector? @in) : Rule(header)
{
    public IReadOnlyList<BannedApi> Apis { get; } = apis;

    /// <summary>Where the ban applies; null means everywhere.</summary>
    public TypeSelector? In { get; } = @in;
}

/// <summary>One banned symbol, by documentation-comment ID.</summary>
public sealed record BannedApi(DocumentationId Symbol, string? UseInstead, string? Because, RuleSeverity? Severity, SourceSpan Span);
