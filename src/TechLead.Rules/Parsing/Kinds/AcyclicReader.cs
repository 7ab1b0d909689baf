using TechLead.Rules.Model;

namespace TechLead.Rules.Parsing.Kinds;

/// <summary><c>acyclic</c>: the slices captured by <c>{slice}</c> must not depend on each other in a cycle.</summary>
internal sealed class AcyclicReader() : KindReader(
    RuleKind.Acyclic,
    KindField.Required("slices", "Shop.Modules.{slice}.**"))
{
    public override Rule? Read(RuleHeader header, FieldReader fields) =>
        Glob(fields, "slices", allowSliceCapture: true) is { } glob ? new AcyclicRule(header, glob) : null;
}
