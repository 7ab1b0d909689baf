using TechLead.Rules.Parsing;
using TechLead.Rules.Parsing.Kinds;
using TechLead.Rules.Selectors;

namespace TechLead.Rules.Model;

/// <summary><c>acyclic</c>: no dependency cycles between the slices a <c>{slice}</c> glob captures.</summary>
public sealed class AcyclicRule(RuleHeader header, GlobPattern slices) : Rule(header)
{
    public GlobPattern Slices { get; } = slices;

    internal static DiagnosticInfo Diagnostic { get; } = DiagnosticInfo.Violation(DiagnosticIds.DependencyCycle, "Dependency cycle between slices", "A reference closes a dependency cycle between slices (acyclic rule).", reportedAtCompilationEnd: true);
}

/// <summary><c>acyclic</c>: the slices captured by <c>{slice}</c> must not depend on each other in a cycle.</summary>
internal sealed class AcyclicReader() : KindReader(
    RuleKind.Acyclic,
    KindField.Required("slices", "Shop.Modules.{slice}.**"))
{
    public override Rule? Read(RuleHeader header, FieldReader fields) =>
        Glob(fields, "slices", allowSliceCapture: true) is { } glob ? new AcyclicRule(header, glob) : null;
}
