namespace TechLead.Rules;

/// <summary>
/// Keys of <c>Diagnostic.Properties</c> on every TL0xxx: the analyzer sets them; code fixes, the CLI
/// and tooling read them. One place, so the contract cannot drift between engines.
/// </summary>
public static class DiagnosticProperties
{
    /// <summary>The ADR id, e.g. <c>ADR-0007</c>.</summary>
    public const string Adr = "adr";

    /// <summary>The rule id within the ADR.</summary>
    public const string Rule = "rule";

    /// <summary>The ADR file's path as the AdditionalFile gives it.</summary>
    public const string AdrPath = "adrPath";

    /// <summary>The ADR's owners, comma-joined (may be empty).</summary>
    public const string Owners = "owners";

    /// <summary>The baseline key's <c>from</c>: the source type's (or declared symbol's) doc-comment ID.</summary>
    public const string BaselineFrom = "baselineFrom";

    /// <summary>The baseline key's <c>to</c>: the target type's or banned symbol's doc-comment ID; empty for type-level rules.</summary>
    public const string BaselineTo = "baselineTo";

    /// <summary>TL0101: the doc-comment ID of the API to use instead, when the ADR gives one.</summary>
    public const string UseInstead = "useInstead";

    /// <summary>TL0201: the regex the type's simple name must match.</summary>
    public const string NamingPattern = "namingPattern";

    /// <summary>
    /// TL0204: every unmet requirement of the rule, comma-separated in check order (<c>sealed,internal</c>);
    /// each one of static, non-static, sealed, unsealed, abstract, non-abstract, public, internal, immutable, constructible.
    /// </summary>
    public const string Requirements = "requirements";
}
