namespace TechLead.Rules.Selectors;

/// <summary>The <c>kind:</c> condition of a mapping selector.</summary>
public enum SelectorTypeKind
{
    Class,
    Interface,
    Struct,
    Record,
    Enum,
    Delegate,
}
