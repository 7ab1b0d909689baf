using System.Text.RegularExpressions;
using TechLead.Rules.Evaluation;
using TechLead.Rules.Parsing;
using TechLead.Rules.Parsing.Kinds;
using TechLead.Rules.Parsing.Yaml;
using TechLead.Rules.Selectors;

namespace TechLead.Rules.Model;

/// <summary>
/// <c>placement</c>: selected types must reside in a namespace matching <see cref="Namespace"/> (a glob) or, with
/// <c>namespace-matches</c>, <see cref="NamespacePattern"/> (a regex found anywhere unless anchored, rules/0065).
/// </summary>
public sealed class PlacementRule : TypeRule
{
    private readonly Regex? namespacePattern;

    public PlacementRule(RuleHeader header, TypeSelector types, GlobPattern @namespace)
        : base(header, types) => Namespace = @namespace;

    internal PlacementRule(RuleHeader header, TypeSelector types, Regex namespacePattern)
        : base(header, types) => this.namespacePattern = namespacePattern;

    /// <summary>The namespace glob (<c>namespace</c>), or null when the rule gives a regex.</summary>
    public GlobPattern? Namespace { get; }

    /// <summary>The namespace regex as written (<c>namespace-matches</c>), or null when the rule gives a glob.</summary>
    public string? NamespacePattern => namespacePattern?.ToString();

    internal static DiagnosticInfo Diagnostic { get; } = DiagnosticInfo.Violation(DiagnosticIds.PlacementViolation, "Type outside its namespace", "A type resides outside the namespace an ADR assigns it (placement rule).");

    internal override string? CheckSelected<TType>(TType type, ITypeModel<TType> model, out bool regexTimedOut)
    {
        regexTimedOut = false;
        var ns = model.GetNamespace(type);
        if (namespacePattern is null)
        {
            return Namespace!.IsMatch(ns) ? null : ViolationMessages.Wrap(this, $"'{model.GetFullName(type)}' must reside in namespace '{Namespace.Text}'");
        }

        // A match that times out is no verdict: the type is not flagged, and the engine reports the timeout.
        regexTimedOut = !RegexFactory.TryMatch(namespacePattern, ns, out var matches);
        return regexTimedOut || matches ? null : ViolationMessages.Wrap(this, $"'{model.GetFullName(type)}' must reside in a namespace matching '{namespacePattern}'");
    }
}

/// <summary><c>placement</c>: each selected type must reside in a namespace matching <c>namespace</c> (a glob) or <c>namespace-matches</c> (a regex), one of the two.</summary>
internal sealed class PlacementReader() : KindReader(
    RuleKind.Placement,
    KindField.Required("types", "Shop.Domain.**"),
    KindField.Optional("namespace"),
    KindField.Optional("namespace-matches"))
{
    public override Rule? Read(RuleHeader header, FieldReader fields)
    {
        var types = Selector(fields, "types", ListItems.Skip);
        var glob = fields.Node("namespace");
        var regex = fields.Node("namespace-matches");
        if (glob is not null && regex is not null)
        {
            fields.Error(fields.Mapping.GetKey("namespace-matches")!.Span, "a placement rule takes 'namespace' (a glob) or 'namespace-matches' (a regular expression), not both; keep one");
            return null;
        }

        if (regex is not null)
        {
            return NamespacePattern(fields, regex) is { } pattern && types is not null ? new PlacementRule(header, types, pattern) : null;
        }

        if (glob is null)
        {
            // Neither: reported as the missing glob, the usual form.
            fields.Required("namespace", "Shop.Domain.**");
            return null;
        }

        var ns = Glob(fields, "namespace");
        return types is null || ns is null ? null : new PlacementRule(header, types, ns);
    }

    private static Regex? NamespacePattern(FieldReader fields, YamlNode node)
    {
        if (node is not YamlScalar { IsNull: false } scalar || scalar.Value.Length == 0)
        {
            var got = node is YamlScalar { IsNull: false } ? "an empty string, which matches every namespace" : node.Describe();
            fields.Error(node.Span, $"namespace-matches: expected a regular expression, got {got}; write e.g. 'namespace-matches: \"\\.Features(\\.|$)\"'");
            return null;
        }

        if (!RegexFactory.TryCreate(scalar.Value, out var regex, out var error))
        {
            fields.Error(scalar.Span, $"namespace-matches: {error}");
            return null;
        }

        return regex;
    }
}
