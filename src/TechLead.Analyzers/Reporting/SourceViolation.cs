using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using TechLead.Rules.Evaluation;
using TechLead.Rules.Model;

namespace TechLead.Analyzers.Reporting;

/// <summary>A violation the analyzer found in source, at a Roslyn location, before severity and baseline are applied.</summary>
internal sealed record SourceViolation(Rule Rule, Location Location, string Message, string BaselineFrom, string BaselineTo)
    : RuleViolation(Message, BaselineFrom, BaselineTo)
{
    /// <summary>A banned API's own severity, which wins over the rule's.</summary>
    public RuleSeverity? DeclaredSeverity { get; init; }

    /// <summary>Kind-specific properties (useInstead, namingPattern, requirement).</summary>
    public IEnumerable<KeyValuePair<string, string?>>? Extra { get; init; }
}
