using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using TechLead.Rules;

namespace TechLead.Analyzers;

/// <summary>
/// One descriptor per diagnostic ID. The message is always the full text the rule core produced
/// (<c>{0}</c>); the help link is the ADR's, so violations use a per-ADR copy (<see cref="WithHelpLink"/>).
/// </summary>
internal static class Descriptors
{
    private const string Architecture = "Architecture";
    private const string AdrValidation = "AdrValidation";
    private const string Message = "{0}";
    private const string CompilationEnd = "CompilationEnd";

    public static readonly DiagnosticDescriptor LayerViolation = new(DiagnosticIds.LayerViolation, "Layer violation", Message, Architecture, DiagnosticSeverity.Error, isEnabledByDefault: true, description: "A type depends on a layer it must not use (layers rule of an ADR).");

    public static readonly DiagnosticDescriptor ForbiddenDependency = new(DiagnosticIds.ForbiddenDependency, "Forbidden dependency", Message, Architecture, DiagnosticSeverity.Error, isEnabledByDefault: true, description: "A type depends on types an ADR forbids it to use (forbid rule).");

    public static readonly DiagnosticDescriptor DependencyOutsideAllowList = new(DiagnosticIds.DependencyOutsideAllowList, "Dependency outside allow-list", Message, Architecture, DiagnosticSeverity.Error, isEnabledByDefault: true, description: "A type depends on a type outside the allow-list of an ADR (allow-only rule).");

    public static readonly DiagnosticDescriptor ModuleIndependenceViolated = new(DiagnosticIds.ModuleIndependenceViolated, "Module independence violated", Message, Architecture, DiagnosticSeverity.Error, isEnabledByDefault: true, description: "A module depends on another module an ADR declares independent (independent rule).");

    public static readonly DiagnosticDescriptor DependencyCycle = new(DiagnosticIds.DependencyCycle, "Dependency cycle between slices", Message, Architecture, DiagnosticSeverity.Error, isEnabledByDefault: true, description: "A reference closes a dependency cycle between slices (acyclic rule).", customTags: CompilationEnd);

    public static readonly DiagnosticDescriptor BannedApi = new(DiagnosticIds.BannedApi, "Banned API used", Message, Architecture, DiagnosticSeverity.Error, isEnabledByDefault: true, description: "Code uses an API an ADR bans (banned-api rule).");

    public static readonly DiagnosticDescriptor NamingViolation = new(DiagnosticIds.NamingViolation, "Naming pattern violated", Message, Architecture, DiagnosticSeverity.Error, isEnabledByDefault: true, description: "A type's name does not match the pattern an ADR requires (naming rule).");

    public static readonly DiagnosticDescriptor InheritanceViolation = new(DiagnosticIds.InheritanceViolation, "Required base type or interface missing", Message, Architecture, DiagnosticSeverity.Error, isEnabledByDefault: true, description: "A type does not inherit or implement what an ADR requires (must-inherit / must-implement rule).");

    public static readonly DiagnosticDescriptor AttributeViolation = new(DiagnosticIds.AttributeViolation, "Attribute rule violated", Message, Architecture, DiagnosticSeverity.Error, isEnabledByDefault: true, description: "A type lacks a required attribute or carries a forbidden one (attributes rule).");

    public static readonly DiagnosticDescriptor ModifierViolation = new(DiagnosticIds.ModifierViolation, "Modifier rule violated", Message, Architecture, DiagnosticSeverity.Error, isEnabledByDefault: true, description: "A type lacks a modifier or visibility an ADR requires (modifiers rule).");

    public static readonly DiagnosticDescriptor PlacementViolation = new(DiagnosticIds.PlacementViolation, "Type outside its namespace", Message, Architecture, DiagnosticSeverity.Error, isEnabledByDefault: true, description: "A type resides outside the namespace an ADR assigns it (placement rule).");

    public static readonly DiagnosticDescriptor VocabularyViolation = new(DiagnosticIds.VocabularyViolation, "Banned synonym in a name", Message, Architecture, DiagnosticSeverity.Error, isEnabledByDefault: true, description: "A declared name uses a synonym the shared vocabulary replaces (vocabulary rule).");

    public static readonly DiagnosticDescriptor AdrUnreadable = new(DiagnosticIds.AdrUnreadable, "ADR file cannot be read or parsed", Message, AdrValidation, DiagnosticSeverity.Error, isEnabledByDefault: true, description: "An ADR (or the baseline) cannot be read or is not valid YAML.", customTags: CompilationEnd);

    public static readonly DiagnosticDescriptor InvalidRule = new(DiagnosticIds.InvalidRule, "Invalid rule", Message, AdrValidation, DiagnosticSeverity.Error, isEnabledByDefault: true, description: "A rule of an ADR is invalid; only that rule is disabled.", customTags: CompilationEnd);

    public static readonly DiagnosticDescriptor DuplicateId = new(DiagnosticIds.DuplicateId, "Duplicate ADR id or rule id", Message, AdrValidation, DiagnosticSeverity.Error, isEnabledByDefault: true, description: "Two ADRs share an id, or two rules of one ADR share an id.", customTags: CompilationEnd);

    public static readonly DiagnosticDescriptor StaleBaselineEntry = new(DiagnosticIds.StaleBaselineEntry, "Stale baseline entry", Message, AdrValidation, DiagnosticSeverity.Warning, isEnabledByDefault: true, description: "A baseline entry no longer matches as many violations as its count.", customTags: CompilationEnd);

    public static readonly DiagnosticDescriptor BrokenSupersession = new(DiagnosticIds.BrokenSupersession, "Broken supersession", Message, AdrValidation, DiagnosticSeverity.Warning, isEnabledByDefault: true, description: "An ADR's supersession links are missing, dangling or cyclic.", customTags: CompilationEnd);

    private static readonly ConcurrentDictionary<(string Id, string HelpLink, DiagnosticSeverity Severity, bool NotConfigurable), DiagnosticDescriptor> PerAdr = new();

    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
    [
        LayerViolation, ForbiddenDependency, DependencyOutsideAllowList, ModuleIndependenceViolated, DependencyCycle,
        BannedApi, NamingViolation, InheritanceViolation, AttributeViolation, ModifierViolation, PlacementViolation, VocabularyViolation,
        AdrUnreadable, InvalidRule, DuplicateId, StaleBaselineEntry, BrokenSupersession,
    ];

    /// <summary>The descriptor of an ID, or null when the ID is not TechLead's.</summary>
    public static DiagnosticDescriptor? Find(string id)
    {
        foreach (var descriptor in All)
        {
            if (descriptor.Id == id)
            {
                return descriptor;
            }
        }

        return null;
    }

    /// <summary>
    /// A copy with the ADR's help link (Roslyn has no per-diagnostic help link; IDEs show the
    /// descriptor's). Same ID, so <c>dotnet_diagnostic.TLxxxx.severity</c> and suppressions still apply,
    /// unless <paramref name="notConfigurable"/> pins the severity (<see cref="WellKnownDiagnosticTags.NotConfigurable"/>:
    /// the compiler then applies neither bulk options nor per-ID settings).
    /// </summary>
    public static DiagnosticDescriptor WithHelpLink(DiagnosticDescriptor descriptor, string helpLink, DiagnosticSeverity severity, bool notConfigurable = false) =>
        PerAdr.GetOrAdd((descriptor.Id, helpLink, severity, notConfigurable), key => Copy(descriptor, key.HelpLink, key.Severity, key.NotConfigurable));

    private static DiagnosticDescriptor Copy(DiagnosticDescriptor descriptor, string helpLink, DiagnosticSeverity severity, bool notConfigurable)
    {
        var tags = new System.Collections.Generic.List<string>(descriptor.CustomTags);
        if (notConfigurable)
        {
            tags.Add(WellKnownDiagnosticTags.NotConfigurable);
        }

#pragma warning disable RS1017 // a copy of a tracked descriptor: the ID is one of the constants above
        return new DiagnosticDescriptor(descriptor.Id, descriptor.Title, descriptor.MessageFormat, descriptor.Category, severity, isEnabledByDefault: true, descriptor.Description, helpLink, tags.ToArray());
#pragma warning restore RS1017
    }
}
