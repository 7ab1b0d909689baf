using System.Collections.Generic;
using System.Linq;
using TechLead.Conformance.Infrastructure;
using static TechLead.Conformance.Infrastructure.EngineName;

namespace TechLead.Conformance.Expectations;

/// <summary>
/// Every difference between an engine and <see cref="ExpectedViolations"/> that the spec explains,
/// with the reason (docs/conformance.md lists them). Anything not listed here fails the suite; an
/// entry that no longer happens fails it too, so the list cannot go stale.
/// Normalisations that apply to every rule (distinct pairs, NetArchTest without target) are not listed:
/// they are how findings are compared.
/// </summary>
internal static class ExplainedDifferences
{
    private const string NoUsingInIl = "compiled IL has no using directives: an unused `using static` (spec: a dependency) leaves no trace";
    private const string ConstInlined = "the compiler inlines a const field's value, so IL never references the field";
    private const string NamespaceUsingInIl = "a banned namespace also flags its `using` directives (spec), which IL does not have";
    private const string EventFieldInIl = "inside its declaring class a field-like event is raised through its backing field, which IL shows as a field use";
    private const string InitializerInIl = "a field initializer is not a use in source; IL stores the field in the (static) constructor, which looks like any other use";
    private const string BuiltInDecimalConversionInIl = "C# converts int to decimal with a built-in conversion (no operator method in the source's semantics, so neither the analyzer nor BannedApiAnalyzers sees one); the compiler emits a call to Decimal.op_Implicit, which IL shows";

    private const string ConstantInlined = "the compiler inlines const and enum constant values (`Limits.Max`, `(int)Status.Closed`), so IL never names their type; the analyzer alone reports these (rules/0039)";

    private const string ConditionalNotEmitted = "the compiler does not emit an attribute whose class is [Conditional] on a symbol the build does not define (JetBrains' [UsedImplicitly]); the source writes it, IL has no trace (docs/dependency-forms.md)";
    private const string Intercepted = "a source generator intercepts the call: IL calls the generated interceptor (generated code, not read), not the method the source writes (docs/dependency-forms.md)";
    private const string SpreadLowered = "a spread into a list ([.. sizes]) compiles to Enumerable.ToList, which IL cannot tell from a written .ToList() (docs/dependency-forms.md)";
    private const string HandBuiltTree = "a hand-written Expression factory call compiles like the compiler's expression-tree lowering, which the reader leaves out (docs/dependency-forms.md)";

    private const string DefaultArgument = "`Pass(default)` names no type (Ticket is only in Pass's signature, rules/0039); IL creates the struct with initobj, as for a written `new Ticket()` (docs/dependency-forms.md)";

    public static IReadOnlyList<ExplainedDifference> All { get; } =
    [
        ExplainedDifference.Misses(ArchUnitNet, "ADR-0001/forms-no-targets", "Conf.Forms.ViaUnusedUsingStatic", "Conf.Targets.StaticMemberTarget", NoUsingInIl),
        ExplainedDifference.Misses(EngineName.NetArchTest, "ADR-0001/forms-no-targets", "Conf.Forms.ViaUnusedUsingStatic", "Conf.Targets.StaticMemberTarget", NoUsingInIl),
        ExplainedDifference.Misses(ArchUnitNet, "ADR-0006/no-legacy", "Conf.Banned.Users.LimitUser", "F:Conf.Banned.Legacy.Settings.Limit", ConstInlined),
        ExplainedDifference.Misses(ArchUnitNet, "ADR-0006/no-legacy", "Conf.Banned.Users.UsingOnly", "N:Conf.Banned.Obsolete", NamespaceUsingInIl),
        ExplainedDifference.Misses(ArchUnitNet, "ADR-0006/no-legacy", "Conf.Banned.Legacy.Bus", "E:Conf.Banned.Legacy.Bus.Published", EventFieldInIl),
        ExplainedDifference.Reports(ArchUnitNet, "ADR-0006/no-legacy", "Conf.Banned.Legacy.Settings", "F:Conf.Banned.Legacy.Settings.Mode", InitializerInIl),
        ExplainedDifference.Misses(ArchUnitNet, "ADR-0014/constructs-model", "Conf.Constructs.Users.ConstantUser", "Conf.Constructs.Model.Limits", ConstantInlined),
        ExplainedDifference.Misses(ArchUnitNet, "ADR-0014/constructs-model", "Conf.Constructs.Users.ConstantUser", "Conf.Constructs.Model.Status", ConstantInlined),
        ExplainedDifference.Misses(EngineName.NetArchTest, "ADR-0014/constructs-model", "Conf.Constructs.Users.ConstantUser", "Conf.Constructs.Model.Limits", ConstantInlined),
        ExplainedDifference.Misses(EngineName.NetArchTest, "ADR-0014/constructs-model", "Conf.Constructs.Users.ConstantUser", "Conf.Constructs.Model.Status", ConstantInlined),
        ExplainedDifference.Misses(ArchUnitNet, "ADR-0017/declared-model", "Conf.Declared.Users.ConditionalAttributeUser", "Conf.Declared.Model.TracedAttribute", ConditionalNotEmitted),
        ExplainedDifference.Misses(EngineName.NetArchTest, "ADR-0017/declared-model", "Conf.Declared.Users.ConditionalAttributeUser", "Conf.Declared.Model.TracedAttribute", ConditionalNotEmitted),
        ExplainedDifference.Misses(ArchUnitNet, "ADR-0017/declared-model", "Conf.Declared.Users.InterceptedCallUser", "Conf.Declared.Model.Registry", Intercepted),
        ExplainedDifference.Misses(EngineName.NetArchTest, "ADR-0017/declared-model", "Conf.Declared.Users.InterceptedCallUser", "Conf.Declared.Model.Registry", Intercepted),
        ExplainedDifference.Reports(ArchUnitNet, "ADR-0017/declared-framework", "Conf.Declared.Users.SpreadIntoListUser", "System.Linq.Enumerable", SpreadLowered),
        ExplainedDifference.Reports(EngineName.NetArchTest, "ADR-0017/declared-framework", "Conf.Declared.Users.SpreadIntoListUser", "System.Linq.Enumerable", SpreadLowered),
        ExplainedDifference.Misses(ArchUnitNet, "ADR-0017/declared-framework", "Conf.Declared.Users.HandBuiltTreeUser", "System.Linq.Expressions.Expression", HandBuiltTree),
        ExplainedDifference.Misses(EngineName.NetArchTest, "ADR-0017/declared-framework", "Conf.Declared.Users.HandBuiltTreeUser", "System.Linq.Expressions.Expression", HandBuiltTree),
        ExplainedDifference.Reports(ArchUnitNet, "ADR-0017/declared-model", "Conf.Declared.Users.DefaultLiteralArgumentUser", "Conf.Declared.Model.Ticket", DefaultArgument),
        ExplainedDifference.Reports(EngineName.NetArchTest, "ADR-0017/declared-model", "Conf.Declared.Users.DefaultLiteralArgumentUser", "Conf.Declared.Model.Ticket", DefaultArgument),
        ExplainedDifference.Reports(ArchUnitNet, "ADR-0013/no-money-operators", "Conf.BannedOps.Users.DecimalUser", "M:System.Decimal.op_Implicit(System.Int32)~System.Decimal", BuiltInDecimalConversionInIl),
    ];
}
