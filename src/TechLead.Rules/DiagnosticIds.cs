namespace TechLead.Rules;

/// <summary>Every diagnostic ID TechLead reports, in one place (docs/diagnostics).</summary>
public static class DiagnosticIds
{
    public const string LayerViolation = "TL0001";
    public const string ForbiddenDependency = "TL0002";
    public const string DependencyOutsideAllowList = "TL0003";
    public const string ModuleIndependenceViolated = "TL0004";
    public const string DependencyCycle = "TL0005";
    public const string DiagramArrowMissing = "TL0006";
    public const string BannedApi = "TL0101";
    public const string NamingViolation = "TL0201";
    public const string InheritanceViolation = "TL0202";
    public const string AttributeViolation = "TL0203";
    public const string ModifierViolation = "TL0204";
    public const string PlacementViolation = "TL0205";
    public const string VocabularyViolation = "TL0206";
    public const string MemberViolation = "TL0207";
    public const string AdrUnreadable = "TL9001";
    public const string InvalidRule = "TL9002";
    public const string DuplicateId = "TL9003";
    public const string StaleBaselineEntry = "TL9004";
    public const string BrokenSupersession = "TL9005";
    public const string NoAdrsFound = "TL9006";
    public const string UnusedDiagramArrow = "TL9007";
}
