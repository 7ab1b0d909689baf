using System.Collections.Generic;
using TechLead.Rules.Model;

namespace TechLead.Rules.Evaluation;

/// <summary>
/// The one-line messages every engine reports (docs/diagnostics): they start with the ADR id in
/// brackets and end by naming the rule and why it exists. The dependency, API and vocabulary messages
/// are here; a type-level kind words its own in its kind file (src/TechLead.Rules/Kinds) with
/// <see cref="Wrap"/> and <see cref="Enumerate"/>.
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

    public static string Vocabulary(Rule rule, string name, string synonym, string use) =>
        Wrap(rule, $"'{name}' uses '{synonym}'; say '{use}' instead");

    /// <summary><c>a</c>, <c>a and b</c>, <c>a, b and c</c>.</summary>
    internal static string Enumerate(IReadOnlyList<string> items) => items.Count switch
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

    /// <summary>Every message's frame: <c>[ADR-id] body (rule id: because, else the ADR title)</c>.</summary>
    internal static string Wrap(Rule rule, string body) => $"[{rule.Adr.Id}] {body} (rule {rule.Id}: {rule.Reason})";
}
