namespace TechLead.Rules.Model;

/// <summary>The decision framework of spec section 9: how hard the decision is to reverse.</summary>
public enum AdrCategory
{
    Unspecified,
    OneWayDoor,
    TwoWayDoor,
}
