using System.Collections.Generic;
using System.Linq;
using TechLead.Rules.Writing;

namespace TechLead.Cli.Importing.TestCode.CustomChecks;

/// <summary>
/// A condition on types as TechLead selectors say it: alternatives (a list of selectors), each a mapping of conditions
/// that must all hold less the selectors it excludes. Built from reflection predicates joined with <c>&amp;&amp;</c>,
/// <c>||</c> and <c>!</c> (<see cref="ReflectionPredicate"/>); an <c>&amp;&amp;</c> of alternatives is distributed.
/// </summary>
internal sealed class TypeCondition
{
    private TypeCondition(IReadOnlyList<Alternative> alternatives) => Alternatives = alternatives;

    /// <summary>Every type: one alternative without conditions.</summary>
    public static TypeCondition Everything { get; } = new([new Alternative([], [])]);

    /// <summary>
    /// No type TechLead selects: what the compiler generates (<c>t.IsDefined(typeof(CompilerGeneratedAttribute))</c>,
    /// <c>t.Name.Contains("&lt;")</c>). No alternative, so <c>a &amp;&amp; Nothing</c> is Nothing and <c>a || Nothing</c> is a.
    /// </summary>
    public static TypeCondition Nothing { get; } = new([]);

    public IReadOnlyList<Alternative> Alternatives { get; }

    public bool IsEverything => Alternatives.Any(a => a.Required.Count == 0 && a.Excluded.Count == 0);

    /// <summary>The types that meet one condition.</summary>
    public static TypeCondition Where(params (string Key, string Value)[] required) => new([new Alternative(required, [])]);

    /// <summary>The types that meet any of the conditions (each one key and value).</summary>
    public static TypeCondition AnyOf(params (string Key, string Value)[] conditions) =>
        new(conditions.Select(c => new Alternative([c], [])).ToList());

    /// <summary>Every type but those <paramref name="excluded"/> selects.</summary>
    public static TypeCondition Except(TypeCondition excluded) =>
        new([new Alternative([], excluded.Alternatives.Select(a => a.ToYaml()).ToList())]);

    /// <summary>Both conditions: each alternative of one with each of the other.</summary>
    public TypeCondition And(TypeCondition other) =>
        new(Alternatives.SelectMany(a => other.Alternatives.Select(b => new Alternative([.. a.Required, .. b.Required], [.. a.Excluded, .. b.Excluded])))
            .Where(a => !a.SelectsNothing).ToList());

    /// <summary>Either condition.</summary>
    public TypeCondition Or(TypeCondition other) => IsEverything || other.IsEverything ? Everything : new([.. Alternatives, .. other.Alternatives]);

    /// <summary>The condition as a <see cref="ChainSelector"/> (two values for one key of an alternative are refused there).</summary>
    public ChainSelector ToSelector()
    {
        if (Alternatives.Count == 0)
        {
            throw new UntranslatableException("the test selects only types the compiler generates (their names hold '<'), which TechLead never selects");
        }

        var selector = new ChainSelector();
        for (var i = 0; i < Alternatives.Count; i++)
        {
            if (i > 0)
            {
                selector.Or();
            }

            foreach (var (key, value) in Alternatives[i].Required)
            {
                selector.Require(key, value);
            }

            foreach (var excluded in Alternatives[i].Excluded)
            {
                selector.Exclude(excluded);
            }
        }

        return selector;
    }

    /// <summary>One mapping selector: conditions that must all hold, less the excluded selectors.</summary>
    public sealed record Alternative(IReadOnlyList<(string Key, string Value)> Required, IReadOnlyList<YamlDraftNode> Excluded)
    {
        /// <summary>True when the alternative excludes one of its own conditions (<c>kind: interface</c> and <c>except: { kind: interface }</c>).</summary>
        public bool SelectsNothing => Excluded.Any(e => e is YamlDraftMapping { Entries: [{ Key: var key, Value: YamlDraftScalar { Value: var value } }] } && Required.Contains((key, value)));

        public YamlDraftNode ToYaml() => SelectorDraft.Where(Required.ToArray()).ToYaml(Excluded);
    }
}
