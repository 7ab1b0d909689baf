using TechLead.Rules.Selectors;

namespace TechLead.Rules.Model;

/// <summary>The one place that spells statuses, categories, severities and selector values: the parser reads them, the CLI prints and parses them.</summary>
public static class Spellings
{
    public static Spelling<AdrStatus> Status { get; } = new(
        (AdrStatus.Proposed, "proposed"),
        (AdrStatus.Accepted, "accepted"),
        (AdrStatus.Deprecated, "deprecated"),
        (AdrStatus.Rejected, "rejected"),
        (AdrStatus.Superseded, "superseded"));

    public static Spelling<AdrCategory> Category { get; } = new(
        (AdrCategory.OneWayDoor, "one-way-door"),
        (AdrCategory.TwoWayDoor, "two-way-door"));

    public static Spelling<RuleSeverity> Severity { get; } = new(
        (RuleSeverity.Error, "error"),
        (RuleSeverity.Warning, "warning"),
        (RuleSeverity.Info, "info"),
        (RuleSeverity.Hidden, "hidden"));

    /// <summary>The <c>kind:</c> condition of a selector.</summary>
    public static Spelling<SelectorTypeKind> TypeKind { get; } = new(
        (SelectorTypeKind.Class, "class"),
        (SelectorTypeKind.Interface, "interface"),
        (SelectorTypeKind.Struct, "struct"),
        (SelectorTypeKind.Record, "record"),
        (SelectorTypeKind.Enum, "enum"),
        (SelectorTypeKind.Delegate, "delegate"));

    /// <summary>The <c>visibility:</c> of a selector or a modifiers rule.</summary>
    public static Spelling<TypeVisibility> Visibility { get; } = new(
        (TypeVisibility.Public, "public"),
        (TypeVisibility.Internal, "internal"));
}
