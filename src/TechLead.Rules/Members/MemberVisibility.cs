namespace TechLead.Rules.Members;

/// <summary>A member's declared accessibility, as C# writes it (not the effective one: a public method of an internal class is public).</summary>
public enum MemberVisibility
{
    Public,
    Internal,
    Protected,
    Private,
    ProtectedInternal,
    PrivateProtected,
}
