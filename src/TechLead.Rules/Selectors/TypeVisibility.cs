namespace TechLead.Rules.Selectors;

/// <summary>The <c>visibility:</c> condition: public, or internal (anything narrower than public).</summary>
public enum TypeVisibility
{
    Public,
    Internal,
}
