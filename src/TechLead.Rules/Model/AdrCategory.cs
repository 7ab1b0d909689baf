namespace TechLead.Rules.Model;

/// <summary>The decision framework (docs/adr-format.md, category): how hard the decision is to reverse.</summary>
public enum AdrCategory
{
    Unspecified,
    OneWayDoor,
    TwoWayDoor,
}
