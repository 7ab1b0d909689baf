using System.Collections.Generic;
using System.Linq;

namespace TechLead.Cli.Importing.TestCode;

/// <summary>
/// NetArchTest's <c>Should()...GetTypes()</c>: <c>ConditionList.GetTypes()</c> returns the types that satisfy the
/// conditions, so the conditions narrow the selection like the predicates of the same meaning (<c>ImplementInterface</c>,
/// <c>HaveNameEndingWith</c>; <c>BeX</c> as <c>AreX</c>, <c>NotX</c> as <c>DoNotX</c>) and nothing is asserted by the
/// library (rules/0063). Read only without <c>Or()</c>: NetArchTest groups <c>Or</c> across the two lists differently
/// from a union of selectors.
/// </summary>
internal static class ConditionsAsFilter
{
    /// <summary>The predicates and the conditions, renamed, as one list of predicates (<c>And</c> joins them).</summary>
    public static List<ChainLink> Predicates(IReadOnlyList<ChainLink> predicates, ChainLink should, IReadOnlyList<ChainLink> conditions)
    {
        if (should.Name != "Should")
        {
            throw new UntranslatableException("'GetTypes()' after 'ShouldNot()' returns types filtered by negated conditions; write the selection with 'That()' predicates (e.g. 'DoNotImplementInterface')");
        }

        if (predicates.Any(l => l.Name == "Or") || conditions.Any(l => l.Name == "Or"))
        {
            throw new UntranslatableException("'GetTypes()' after 'Should()' filters the types by the conditions, and with 'Or()' NetArchTest groups predicates and conditions in a way no TechLead selector says; write the selection with 'That()' predicates only");
        }

        return [.. predicates, .. conditions.Select(c => c with { Name = PredicateName(c.Name) })];
    }

    private static string PredicateName(string condition) => condition switch
    {
        _ when condition.StartsWith("NotBe", System.StringComparison.Ordinal) => "AreNot" + condition["NotBe".Length..],
        _ when condition.StartsWith("Be", System.StringComparison.Ordinal) => "Are" + condition["Be".Length..],
        _ when condition.StartsWith("Not", System.StringComparison.Ordinal) => "DoNot" + condition["Not".Length..],
        _ => condition,
    };
}
