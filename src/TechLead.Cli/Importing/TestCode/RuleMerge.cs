using System.Collections.Generic;
using System.Linq;
using TechLead.Rules.Writing;

namespace TechLead.Cli.Importing.TestCode;

/// <summary>
/// The rules one chain makes for each element of a literal list it loops over, as one rule where that means the same:
/// when they differ only in one selector whose union is what the loop checks (a forbid's <c>from</c> or <c>to</c>, the
/// <c>types</c> of a per-type rule), that selector becomes the list of them. Otherwise they stay separate rules.
/// </summary>
internal static class RuleMerge
{
    // Fields where "every rule for one element" equals "one rule for all elements": each selected type is checked alone.
    private static readonly Dictionary<string, string[]> UnionFields = new(System.StringComparer.Ordinal)
    {
        ["forbid"] = ["from", "to"],
        ["naming"] = ["types"],
        ["modifiers"] = ["types"],
        ["placement"] = ["types"],
        ["must-implement"] = ["types"],
        ["must-inherit"] = ["types"],
        ["attributes"] = ["types"],
    };

    public static IReadOnlyList<RuleDraft> Merge(IReadOnlyList<RuleDraft> rules)
    {
        if (rules.Count < 2 || rules.Any(r => r.Kind != rules[0].Kind || r.Because != rules[0].Because || !r.Fields.Select(f => f.Key).SequenceEqual(rules[0].Fields.Select(f => f.Key))))
        {
            return rules;
        }

        var differing = Enumerable.Range(0, rules[0].Fields.Count).Where(i => rules.Any(r => !Same(r.Fields[i].Value, rules[0].Fields[i].Value))).ToList();
        if (differing.Count == 0)
        {
            return [rules[0]];
        }

        if (differing.Count != 1 || !UnionFields.TryGetValue(rules[0].Kind, out var fields) || !fields.Contains(rules[0].Fields[differing[0]].Key))
        {
            return rules;
        }

        var position = differing[0];
        var items = new List<YamlDraftNode>();
        foreach (var value in rules.Select(r => r.Fields[position].Value))
        {
            foreach (var item in value is YamlDraftSequence list ? list.Items : [value])
            {
                if (!items.Any(i => Same(i, item)))
                {
                    items.Add(item);
                }
            }
        }

        var merged = new RuleDraft(rules[0].Id, rules[0].Kind) { Because = rules[0].Because, Severity = rules[0].Severity, Diagram = rules[0].Diagram };
        for (var i = 0; i < rules[0].Fields.Count; i++)
        {
            merged.With(rules[0].Fields[i].Key, i == position ? new YamlDraftSequence(items) : rules[0].Fields[i].Value);
        }

        return [merged];
    }

    private static bool Same(YamlDraftNode a, YamlDraftNode b) => (a, b) switch
    {
        (YamlDraftScalar x, YamlDraftScalar y) => x.Value == y.Value,
        (YamlDraftSequence x, YamlDraftSequence y) => x.Items.Count == y.Items.Count && x.Items.Zip(y.Items).All(p => Same(p.First, p.Second)),
        (YamlDraftMapping x, YamlDraftMapping y) => x.Entries.Count == y.Entries.Count && x.Entries.Zip(y.Entries).All(p => p.First.Key == p.Second.Key && Same(p.First.Value, p.Second.Value)),
        _ => false,
    };
}
