using System;
using System.Collections.Generic;
using TechLead.Rules.Model;
using TechLead.Rules.Parsing.Kinds;
using TechLead.Rules.Parsing.Yaml;

namespace TechLead.Rules.Parsing;

/// <summary>
/// Reads the YAML lists of rules of one ADR file into the rule model: the fields every rule shares here,
/// each kind's own fields through its <see cref="KindReader"/>. A rule with any problem is reported (TL9002)
/// and left out; the other rules still load. Every rule with a valid id takes part in the duplicate-id
/// check (TL9003), whatever else is wrong with it, so one pass reports every problem.
/// </summary>
internal sealed class RuleReader(ParseContext context, string adrId)
{
    private static readonly string[] CommonFields = ["id", "kind", "severity", "because", "examples"];

    /// <summary>The rule ids seen so far in this file (front matter and techlead blocks together).</summary>
    // The id's node, not its span: a dictionary over a struct value of ours is JIT-compiled in every cold compiler process (rules/0060).
    private readonly Dictionary<string, YamlScalar> declaredIds = new(StringComparer.Ordinal);

    /// <summary>Reads the rules of one <c>rules:</c> value or techlead block.</summary>
    public void ReadList(YamlNode node, string where, List<Rule> rules)
    {
        if (node is YamlScalar { IsNull: true })
        {
            return;
        }

        if (node is not YamlSequence sequence)
        {
            context.InvalidRule(node.Span, $"{where}: expected a list, got {node.Describe()}; write each rule as a list item starting with '- id: ...'");
            return;
        }

        for (var index = 0; index < sequence.Items.Count; index++)
        {
            if (ReadRule(sequence.Items[index], $"{where}[{index}]") is { } rule)
            {
                rules.Add(rule);
            }
        }
    }

    private Rule? ReadRule(YamlNode node, string where)
    {
        if (node is not YamlMapping mapping)
        {
            context.InvalidRule(node.Span, $"{where}: expected a rule (a mapping with 'id' and 'kind'), got {node.Describe()}");
            return null;
        }

        var idNode = mapping.Get("id") as YamlScalar;
        var owner = idNode is { IsNull: false } ? $"rule '{idNode.Value}'" : where;
        var kindText = (mapping.Get("kind") as YamlScalar)?.Value;
        var kindReader = RuleKinds.TryParse(kindText ?? string.Empty, out var kind) ? RuleKinds.For(kind).Reader : null;
        var known = new List<string>(CommonFields);
        foreach (var field in kindReader?.Fields ?? [])
        {
            known.Add(field.Key);
        }

        var fields = new FieldReader(mapping, context, owner, known);
        var id = ReadId(fields);
        var isDuplicate = id is not null && IsDuplicate(id, idNode!);
        if (!ReadKind(fields, kindText) || kindReader is null)
        {
            return null;
        }

        fields.ReportUnknownFields();
        foreach (var field in kindReader.Fields)
        {
            if (field.Example is { } example)
            {
                fields.Required(field.Key, example);
            }
        }

        var severity = SeverityReader.Read(fields, fields.Node("severity"));
        var because = fields.String("because", "Domain stays persistence-ignorant");
        var examples = ReadExamples(fields);

        // Read the kind's fields even after an error, so one pass reports every problem of the rule.
        var header = new RuleHeader(id ?? string.Empty, kind, severity, because, examples, idNode?.Span ?? mapping.Span);
        var rule = kindReader.Read(header, fields);
        return id is null || isDuplicate || fields.HasErrors ? null : rule;
    }

    private bool IsDuplicate(string id, YamlScalar idNode)
    {
        if (declaredIds.TryGetValue(id, out var firstNode))
        {
            var first = firstNode.Span;
            context.Diagnostics.Add(new AdrDiagnostic(DiagnosticIds.DuplicateId, $"duplicate rule id '{id}' in {adrId} (first at line {first.DisplayLine}); rename one of them", context.Path, idNode.Span, RuleSeverity.Error)
            {
                RelatedPath = context.Path,
                RelatedSpan = first,
            });
            return true;
        }

        declaredIds.Add(id, idNode);
        return false;
    }

    private static string? ReadId(FieldReader fields)
    {
        if (fields.Required("id", "domain-no-infra") is not { } node)
        {
            return null;
        }

        var id = fields.AsString(node, "id", "domain-no-infra");
        if (id is not null && !IdSyntax.IsRuleId(id))
        {
            fields.Error(node.Span, $"rule id '{id}' is not valid; use lower-case letters, digits and '-', starting with a letter or digit (e.g. 'domain-no-infra')");
            return null;
        }

        return id;
    }

    private static bool ReadKind(FieldReader fields, string? kindText)
    {
        var node = fields.Required("kind", "forbid");
        if (node is null)
        {
            return false;
        }

        if (kindText is null || !RuleKinds.TryParse(kindText, out _))
        {
            var shown = kindText ?? node.Describe();
            fields.Error(node.Span, $"unknown kind '{shown}'{Suggestions.DidYouMean(shown, RuleKinds.Names)}");
            return false;
        }

        return true;
    }

    private static RuleExamples? ReadExamples(FieldReader fields)
    {
        var node = fields.Node("examples");
        if (node is null)
        {
            return null;
        }

        if (node is not YamlMapping mapping)
        {
            fields.Error(node.Span, $"examples: expected a mapping with 'violating' and/or 'compliant' C# snippets, got {node.Describe()}");
            return null;
        }

        foreach (var entry in mapping.Entries)
        {
            if (entry.Key.Value != "violating" && entry.Key.Value != "compliant")
            {
                fields.Error(entry.Key.Span, $"examples: unknown field '{entry.Key.Value}'; use 'violating' and 'compliant'");
            }
        }

        return new RuleExamples(
            mapping.Get("violating") is { } v ? fields.AsString(v, "violating", "class C { }") : null,
            mapping.Get("compliant") is { } c ? fields.AsString(c, "compliant", "class C { }") : null);
    }
}
