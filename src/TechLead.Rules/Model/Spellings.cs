using TechLead.Rules.Members;
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

    /// <summary>The <c>kind:</c> of a member selector (a <c>members</c> rule).</summary>
    public static Spelling<MemberKind> MemberKinds { get; } = new(
        (MemberKind.Method, "method"),
        (MemberKind.Property, "property"),
        (MemberKind.Field, "field"),
        (MemberKind.Constructor, "constructor"),
        (MemberKind.Event, "event"));

    /// <summary>The <c>visibility:</c> of a member selector or condition, as C# spells accessibility (with '-' for the two-word ones).</summary>
    public static Spelling<MemberVisibility> MemberVisibilities { get; } = new(
        (MemberVisibility.Public, "public"),
        (MemberVisibility.Internal, "internal"),
        (MemberVisibility.Protected, "protected"),
        (MemberVisibility.Private, "private"),
        (MemberVisibility.ProtectedInternal, "protected-internal"),
        (MemberVisibility.PrivateProtected, "private-protected"));

    /// <summary>The <c>constructors:</c> of a modifiers rule (rules/0052).</summary>
    public static Spelling<ConstructorVisibility> Constructors { get; } = new(
        (ConstructorVisibility.Private, "private"),
        (ConstructorVisibility.NonPublic, "non-public"));
}
