using TechLead.Rules.Model;
using TechLead.Rules.Parsing;

namespace TechLead.Rules.Evaluation;

/// <summary>TL9002 messages that engines raise while evaluating a rule (problems parsing cannot see), spelled once for all engines.</summary>
public static class RuleProblems
{
    /// <summary>A naming pattern that passed the load-time probe but timed out on a real type name.</summary>
    public static string NamingPatternTimedOut(Rule rule, string typeName) =>
        $"rule '{rule.Id}': regex '{(rule as NamingRule)?.Pattern}' timed out (over {RegexFactory.MatchTimeout.TotalMilliseconds} ms) on '{typeName}'; simplify the pattern, e.g. avoid nested quantifiers such as '(a+)+'";
}
