using System.Collections.Generic;
using TechLead.Rules.Model;

namespace TechLead.Rules.Evaluation;

/// <summary>
/// The one-line messages every engine reports (docs/diagnostics): they start with the ADR id in
/// brackets and end by naming the rule and why it exists.
/// </summary>
public static class ViolationMessages
{
    public static string Forbidden(Rule rule, string from, string to) =>
        Wrap(rule, $"'{from}' must not depend on '{to}'");

    public static string Layer(Rule rule, string from, string fromLayer, string to, string toLayer) =>
        Wrap(rule, $"'{from}' (layer {fromLayer}) must not depend on '{to}' (layer {toLayer})");

    public static string OutsideAllowList(Rule rule, string from, string to) =>
        Wrap(rule, $"'{from}' may only depend on allowed types, not on '{to}'");

    public static string ModuleDependency(Rule rule, string from, string fromModule, string to, string toModule) =>
        Wrap(rule, $"'{from}' (module {fromModule}) must not depend on '{to}' (module {toModule})");

    public static string Cycle(Rule rule, string from, string to, string cyclePath) =>
        Wrap(rule, $"'{from}' depends on '{to}', closing the cycle {cyclePath}");

    public static string BannedApi(Rule rule, BannedApi api) =>
        $"[{rule.Adr.Id}] '{api.Symbol.Text}' is banned"
        + (api.UseInstead is { Length: > 0 } instead ? $"; use '{instead}' instead" : string.Empty)
        + $" (rule {rule.Id}: {api.Because ?? rule.Reason})";

    public static string Naming(Rule rule, string type, string pattern) =>
        Wrap(rule, $"'{type}' must match the naming pattern '{pattern}'");

    public static string Inheritance(Rule rule, string type, string required, bool isInterface) =>
        Wrap(rule, $"'{type}' must {(isInterface ? "implement" : "inherit")} '{required}'");

    /// <summary>
    /// Every problem of one type with an <c>attributes</c> rule in one message: <c>must have attribute 'A'</c>,
    /// <c>must have attributes 'A' and 'B'</c>, <c>must not have attribute 'C'</c>, or both parts joined by "and".
    /// </summary>
    public static string Attributes(Rule rule, string type, IReadOnlyList<string> missing, IReadOnlyList<string> forbiddenPresent)
    {
        var parts = new List<string>(2);
        if (missing.Count > 0)
        {
            parts.Add($"must have {AttributeList(missing)}");
        }

        if (forbiddenPresent.Count > 0)
        {
            parts.Add($"must not have {AttributeList(forbiddenPresent)}");
        }

        return Wrap(rule, $"'{type}' {string.Join(" and ", parts)}");
    }

    /// <summary>Every unmet requirement of a <c>modifiers</c> rule in one message: <c>must be sealed and internal</c>.</summary>
    public static string Modifier(Rule rule, string type, IReadOnlyList<string> requirements) =>
        Wrap(rule, $"'{type}' must be {Enumerate(requirements)}");

    public static string Placement(Rule rule, string type, string namespaceGlob) =>
        Wrap(rule, $"'{type}' must reside in namespace '{namespaceGlob}'");

    public static string Vocabulary(Rule rule, string name, string synonym, string use) =>
        Wrap(rule, $"'{name}' uses '{synonym}'; say '{use}' instead");

    private static string AttributeList(IReadOnlyList<string> attributes)
    {
        var quoted = new string[attributes.Count];
        for (var i = 0; i < attributes.Count; i++)
        {
            quoted[i] = $"'{attributes[i]}'";
        }

        return (attributes.Count == 1 ? "attribute " : "attributes ") + Enumerate(quoted);
    }

    /// <summary><c>a</c>, <c>a and b</c>, <c>a, b and c</c>.</summary>
    private static string Enumerate(IReadOnlyList<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => string.Join(", ", Take(items, items.Count - 1)) + " and " + items[items.Count - 1],
    };

    private static IEnumerable<string> Take(IReadOnlyList<string> items, int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return items[i];
        }
    }

    private static string Wrap(Rule rule, string body) => $"[{rule.Adr.Id}] {body} (rule {rule.Id}: {rule.Reason})";
}
