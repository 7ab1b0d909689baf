namespace TechLead.Analyzers.CodeFixes;

/// <summary>Keys of <c>Diagnostic.Properties</c> the analyzer sets and the fixers read (analyzer contract).</summary>
internal static class DiagnosticProperties
{
    public const string Adr = "adr";
    public const string Rule = "rule";
    public const string BaselineFrom = "baselineFrom";
    public const string BaselineTo = "baselineTo";

    /// <summary>TL0101: the doc-comment ID of the API to use instead, when the ADR gives one.</summary>
    public const string UseInstead = "useInstead";

    /// <summary>TL0201: the regex the type's simple name must match.</summary>
    public const string NamingPattern = "namingPattern";

    /// <summary>TL0204: one of sealed, static, abstract, public, internal, immutable.</summary>
    public const string Requirement = "requirement";
}
