using System.Collections.Generic;
using TechLead.Rules.Evaluation;
using TechLead.Rules.Parsing;
using TechLead.Rules.Parsing.Kinds;

namespace TechLead.Rules.Model;

/// <summary><c>independent</c>: no module depends on another.</summary>
public sealed class IndependentRule(RuleHeader header, IReadOnlyList<NamedTypeGroup> modules) : Rule(header), IPairwiseDependencyRule
{
    public IReadOnlyList<NamedTypeGroup> Modules { get; } = modules;

    internal static DiagnosticInfo Diagnostic { get; } = DiagnosticInfo.Violation(DiagnosticIds.ModuleIndependenceViolated, "Module independence violated", "A module depends on another module an ADR declares independent (independent rule).");

    DependencyConstraint IPairwiseDependencyRule.Compile() => new GroupConstraint(this, Modules, strict: false);
}

/// <summary><c>independent</c>: no module may depend on another; a bad module only narrows the rule, so it is skipped.</summary>
internal sealed class IndependentReader() : KindReader(
    RuleKind.Independent,
    KindField.Required("modules", TypeGroupReader.Example))
{
    public override Rule? Read(RuleHeader header, FieldReader fields) =>
        TypeGroupReader.Read(fields, "modules", "module", ListItems.Skip) is { } modules ? new IndependentRule(header, modules) : null;
}
