using TechLead.Rules.Model;

namespace TechLead.Rules.Evaluation;

/// <summary>
/// The one-line messages every engine reports (spec section 4): they start with the ADR id in
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

    public static string MissingAttribute(Rule rule, string type, string attribute) =>
        Wrap(rule, $"'{type}' must have attribute '{attribute}'");

    public static string ForbiddenAttribute(Rule rule, string type, string attribute) =>
        Wrap(rule, $"'{type}' must not have attribute '{attribute}'");

    public static string Modifier(Rule rule, string type, string requirement) =>
        Wrap(rule, $"'{type}' must be {requirement}");

    public static string Placement(Rule rule, string type, string namespaceGlob) =>
        Wrap(rule, $"'{type}' must reside in namespace '{namespaceGlob}'");

    public static string Vocabulary(Rule rule, string name, string synonym, string use) =>
        Wrap(rule, $"'{name}' uses '{synonym}'; say '{use}' instead");

    private static string Wrap(Rule rule, string body) => $"[{rule.Adr.Id}] {body} (rule {rule.Id}: {rule.Reason})";
}
