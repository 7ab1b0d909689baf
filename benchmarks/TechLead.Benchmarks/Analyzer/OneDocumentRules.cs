namespace TechLead.Benchmarks.Analyzer;

/// <summary>The rule sets of the IDE benchmark (<see cref="OneDocumentBenchmarks"/>).</summary>
public enum OneDocumentRules
{
    /// <summary>The governing ADR's 20 rules, none of them <c>members</c>: the budget's reference since run B.</summary>
    Twenty,

    /// <summary>20 rules of which 5 are <c>members</c> rules (issue 21's budget): five module forbids replaced.</summary>
    TwentyWithFiveMembers,

    /// <summary>The 20 with 5 <c>members</c> rules and 49 more ADRs of 20 rules over the same modules.</summary>
    Thousand,
}

/// <summary>How the probe names a rule set.</summary>
internal static class OneDocumentRulesNames
{
    public static string Describe(this OneDocumentRules rules) => rules switch
    {
        OneDocumentRules.Twenty => "20 rules, no members rule",
        OneDocumentRules.TwentyWithFiveMembers => "20 rules, 5 members rules",
        _ => "1,000 rules, 5 members rules",
    };
}
