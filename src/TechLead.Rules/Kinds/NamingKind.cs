using System.Text.RegularExpressions;
using TechLead.Rules.Evaluation;
using TechLead.Rules.Parsing;
using TechLead.Rules.Parsing.Kinds;
using TechLead.Rules.Selectors;

namespace TechLead.Rules.Model;

/// <summary><c>naming</c>: the simple name (without generic arity) must match <see cref="Pattern"/>.</summary>
public sealed class NamingRule(RuleHeader header, TypeSelector types, Regex pattern) : TypeRule(header, types)
{
    /// <summary>Compiled with a match timeout (at most 100 ms, docs/adr-format.md).</summary>
    public Regex Pattern { get; } = pattern;

    internal static DiagnosticInfo Diagnostic { get; } = DiagnosticInfo.Violation(DiagnosticIds.NamingViolation, "Naming pattern violated", "A type's name does not match the pattern an ADR requires (naming rule).");

    internal override string? CheckSelected<TType>(TType type, ITypeModel<TType> model, out bool regexTimedOut)
    {
        var name = model.GetFullName(type);
        regexTimedOut = !RegexFactory.TryMatch(Pattern, TypeRuleChecker.StripArity(model.GetName(type)), out var matches);
        return regexTimedOut || matches ? null : ViolationMessages.Wrap(this, $"'{name}' must match the naming pattern '{Pattern}'");
    }
}

/// <summary><c>naming</c>: the simple name of each selected type must match a .NET regex.</summary>
internal sealed class NamingReader() : KindReader(
    RuleKind.Naming,
    KindField.Required("types", "Shop.Domain.**"),
    KindField.Required("pattern", "'^[A-Z]\\w*Repository$'"))
{
    public override Rule? Read(RuleHeader header, FieldReader fields)
    {
        var types = Selector(fields, "types", ListItems.Skip);
        var node = fields.Value("pattern");
        if (types is null || node is null)
        {
            return null;
        }

        var pattern = fields.AsString(node, "pattern", "'^[A-Z]\\w*Repository$'");
        if (pattern is null)
        {
            return null;
        }

        if (!RegexFactory.TryCreate(pattern, out var regex, out var error))
        {
            fields.Error(node.Span, error!);
            return null;
        }

        return new NamingRule(header, types, regex!);
    }
}
