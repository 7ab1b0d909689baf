using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using TechLead.Rules.Model;
using TechLead.Rules.Parsing.Yaml;
using TechLead.Rules.Selectors;

namespace TechLead.Rules.Parsing;

/// <summary>
/// Reads a YAML list of rules into the rule model. A rule with any problem is reported (TL9002)
/// and left out; the other rules of the list still load.
/// </summary>
internal sealed class RuleReader(ParseContext context)
{
    private static readonly string[] CommonFields = ["id", "kind", "severity", "because", "examples"];
    private static readonly string[] SeverityNames = ["error", "warning", "info", "hidden"];

    private static readonly Dictionary<RuleKind, string[]> KindFields = new()
    {
        [RuleKind.Layers] = ["layers", "mode"],
        [RuleKind.Forbid] = ["from", "to"],
        [RuleKind.AllowOnly] = ["from", "to", "also-allow"],
        [RuleKind.Independent] = ["modules"],
        [RuleKind.Acyclic] = ["slices"],
        [RuleKind.BannedApi] = ["apis", "in"],
        [RuleKind.Naming] = ["types", "pattern"],
        [RuleKind.MustInherit] = ["types", "type"],
        [RuleKind.MustImplement] = ["types", "type"],
        [RuleKind.Attributes] = ["types", "require", "forbid"],
        [RuleKind.Modifiers] = ["types", "sealed", "static", "abstract", "visibility", "immutable"],
        [RuleKind.Placement] = ["types", "namespace"],
        [RuleKind.Vocabulary] = ["terms", "in"],
    };

    private static readonly GlobTypeSelector SystemTypes = new(GlobPattern.Parse("System.**"));

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
        var hasKind = RuleKinds.TryParse(kindText ?? string.Empty, out var kind);
        var known = new List<string>(CommonFields);
        if (hasKind)
        {
            known.AddRange(KindFields[kind]);
        }

        var fields = new FieldReader(mapping, context, owner, known);
        var id = ReadId(fields, idNode);
        if (!ReadKind(fields, kindText))
        {
            return null;
        }

        fields.ReportUnknownFields();
        var severity = ReadSeverity(fields);
        var because = fields.String("because", "Domain stays persistence-ignorant");
        var examples = ReadExamples(fields);

        // Read the kind's fields even after an error, so one pass reports every problem of the rule.
        var header = new RuleHeader(id ?? string.Empty, kind, severity, because, examples, idNode?.Span ?? mapping.Span);
        var rule = ReadKindFields(header, fields);
        return id is null || fields.HasErrors ? null : rule;
    }

    private static string? ReadId(FieldReader fields, YamlScalar? idNode)
    {
        if (fields.Required("id", "domain-no-infra") is null)
        {
            return null;
        }

        var id = fields.AsString(idNode!, "id", "domain-no-infra");
        if (id is not null && !IdSyntax.IsRuleId(id))
        {
            fields.Error(idNode!.Span, $"rule id '{id}' is not valid; use lower-case letters, digits and '-', starting with a letter or digit (e.g. 'domain-no-infra')");
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

    private static RuleSeverity? ReadSeverity(FieldReader fields) => ReadSeverity(fields, fields.Node("severity"));

    private static RuleSeverity? ReadSeverity(FieldReader fields, YamlNode? node)
    {
        if (node is null)
        {
            return null;
        }

        var text = (node as YamlScalar)?.Value ?? node.Describe();
        return text switch
        {
            "error" => RuleSeverity.Error,
            "warning" => RuleSeverity.Warning,
            "info" => RuleSeverity.Info,
            "hidden" => RuleSeverity.Hidden,
            _ => Invalid(),
        };

        RuleSeverity? Invalid()
        {
            fields.Error(node.Span, $"severity '{text}' is not valid{Suggestions.DidYouMean(text, SeverityNames)}");
            return null;
        }
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

    private static Rule? ReadKindFields(RuleHeader header, FieldReader fields) => header.Kind switch
    {
        RuleKind.Layers => ReadLayers(header, fields),
        RuleKind.Forbid => ReadForbid(header, fields),
        RuleKind.AllowOnly => ReadAllowOnly(header, fields),
        RuleKind.Independent => ReadGroups(fields, "modules", "module") is { } modules ? new IndependentRule(header, modules) : null,
        RuleKind.Acyclic => fields.Required("slices", "Shop.Modules.{slice}.**") is { } slices
            && SelectorReader.Glob(slices, "slices", fields, allowSliceCapture: true) is { } glob ? new AcyclicRule(header, glob) : null,
        RuleKind.BannedApi => ReadBannedApi(header, fields),
        RuleKind.Naming => ReadNaming(header, fields),
        RuleKind.MustInherit or RuleKind.MustImplement => ReadInheritance(header, fields),
        RuleKind.Attributes => ReadAttributes(header, fields),
        RuleKind.Modifiers => ReadModifiers(header, fields),
        RuleKind.Placement => ReadPlacement(header, fields),
        RuleKind.Vocabulary => ReadVocabulary(header, fields),
        _ => throw new ArgumentOutOfRangeException(nameof(header), header.Kind, "every kind has a reader"),
    };

    private static TypeSelector? Selector(FieldReader fields, string key, bool required = true)
    {
        var node = required ? fields.Required(key, "Shop.Domain.**") : fields.Node(key);
        return node is null ? null : SelectorReader.Read(node, key, fields);
    }

    // Each reader compiles every field before deciding, so one pass reports all of a rule's problems.
    private static ForbidRule? ReadForbid(RuleHeader header, FieldReader fields)
    {
        var from = Selector(fields, "from");
        var to = Selector(fields, "to");
        return from is null || to is null ? null : new ForbidRule(header, from, to);
    }

    private static InheritanceRule? ReadInheritance(RuleHeader header, FieldReader fields)
    {
        var types = Selector(fields, "types");
        var baseType = RequiredGlob(fields, "type", "Shop.Domain.Entity");
        return types is null || baseType is null ? null : new InheritanceRule(header, types, baseType);
    }

    private static PlacementRule? ReadPlacement(RuleHeader header, FieldReader fields)
    {
        var types = Selector(fields, "types");
        var ns = RequiredGlob(fields, "namespace", "Shop.Domain.**");
        return types is null || ns is null ? null : new PlacementRule(header, types, ns);
    }

    private static GlobPattern? RequiredGlob(FieldReader fields, string key, string example) =>
        fields.Required(key, example) is { } node ? SelectorReader.Glob(node, key, fields) : null;

    private static LayersRule? ReadLayers(RuleHeader header, FieldReader fields)
    {
        var mode = fields.String("mode", "relaxed");
        if (mode is not null and not "relaxed" and not "strict")
        {
            fields.Error(fields.Node("mode")!.Span, $"mode '{mode}' is not valid{Suggestions.DidYouMean(mode, ["relaxed", "strict"])}");
            return null;
        }

        var layers = ReadGroups(fields, "layers", "layer");
        return layers is null ? null : new LayersRule(header, layers, mode == "strict");
    }

    private static AllowOnlyRule? ReadAllowOnly(RuleHeader header, FieldReader fields)
    {
        var from = Selector(fields, "from");
        var to = Selector(fields, "to");
        var alsoAllow = fields.Node("also-allow") is null ? SystemTypes : Selector(fields, "also-allow", required: false);
        return from is null || to is null || alsoAllow is null ? null : new AllowOnlyRule(header, from, to, alsoAllow);
    }

    private static List<NamedTypeGroup>? ReadGroups(FieldReader fields, string key, string itemName)
    {
        var node = fields.Required(key, $"[{{ name: Domain, types: Shop.Domain.** }}]");
        if (node is null)
        {
            return null;
        }

        if (node is not YamlSequence sequence || sequence.Items.Count == 0)
        {
            fields.Error(node.Span, $"{key}: expected a list of {{ name, types }}, got {node.Describe()}; write e.g. '- {{ name: Domain, types: Shop.Domain.** }}'");
            return null;
        }

        var groups = new List<NamedTypeGroup>(sequence.Items.Count);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in sequence.Items)
        {
            if (item is not YamlMapping mapping)
            {
                fields.Error(item.Span, $"{key}: each {itemName} must be a mapping with 'name' and 'types', got {item.Describe()}");
                continue;
            }

            var group = new FieldReader(mapping, fields.Context, fields.Owner + $": {itemName}", ["name", "types"]);
            group.ReportUnknownFields();
            var name = group.String("name", "Domain", required: true);
            var types = group.Required("types", "Shop.Domain.**") is { } typesNode ? SelectorReader.Read(typesNode, "types", group) : null;
            if (name is not null && !names.Add(name))
            {
                group.Error(mapping.Get("name")!.Span, $"{itemName} '{name}' is listed twice; give each {itemName} a unique name");
            }

            if (group.HasErrors || name is null || types is null)
            {
                fields.MarkError();
                continue;
            }

            groups.Add(new NamedTypeGroup(name, types));
        }

        return fields.HasErrors ? null : groups;
    }

    private static BannedApiRule? ReadBannedApi(RuleHeader header, FieldReader fields)
    {
        var node = fields.Required("apis", "[{ symbol: 'P:System.DateTime.Now', use-instead: 'M:System.TimeProvider.GetUtcNow' }]");
        var scope = Selector(fields, "in", required: false);
        if (node is null)
        {
            return null;
        }

        if (node is not YamlSequence sequence || sequence.Items.Count == 0)
        {
            fields.Error(node.Span, $"apis: expected a list of {{ symbol, use-instead?, because?, severity? }}, got {node.Describe()}");
            return null;
        }

        var apis = new List<BannedApi>(sequence.Items.Count);
        foreach (var item in sequence.Items)
        {
            var entry = item is YamlMapping mapping
                ? new FieldReader(mapping, fields.Context, fields.Owner + ": apis", ["symbol", "use-instead", "because", "severity"])
                : null;
            var symbolNode = entry is null ? item : entry.Required("symbol", "'P:System.DateTime.Now'");
            if (entry is not null)
            {
                entry.ReportUnknownFields();
            }

            if (symbolNode is not YamlScalar { IsNull: false } symbol)
            {
                fields.Error(item.Span, "apis: each entry needs 'symbol: <doc-comment ID>', e.g. \"- symbol: 'P:System.DateTime.Now'\"");
                continue;
            }

            if (!DocumentationId.TryParse(symbol.Value, out var id, out var error))
            {
                fields.Error(symbol.Span, "apis: " + error);
                continue;
            }

            var useInstead = entry?.String("use-instead", "'M:System.TimeProvider.GetUtcNow'");
            var because = entry?.String("because", "Tests need a controllable clock");
            var severity = entry is null ? null : ReadSeverity(entry, entry.Node("severity"));
            if (entry is { HasErrors: true })
            {
                fields.MarkError();
                continue;
            }

            apis.Add(new BannedApi(id, useInstead, because, severity, symbol.Span));
        }

        return fields.HasErrors ? null : new BannedApiRule(header, apis, scope);
    }

    private static NamingRule? ReadNaming(RuleHeader header, FieldReader fields)
    {
        var types = Selector(fields, "types");
        var node = fields.Required("pattern", "'^[A-Z]\\w*Repository$'");
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

    private static AttributesRule? ReadAttributes(RuleHeader header, FieldReader fields)
    {
        var types = Selector(fields, "types");
        var require = GlobList(fields, "require");
        var forbid = GlobList(fields, "forbid");
        if (fields.Node("require") is null && fields.Node("forbid") is null)
        {
            fields.Error(fields.Mapping.GetKey("kind")!.Span, "an attributes rule needs 'require: [AttributeType]' or 'forbid: [AttributeType]'");
        }

        return types is null || fields.HasErrors ? null : new AttributesRule(header, types, require, forbid);
    }

    private static List<GlobPattern> GlobList(FieldReader fields, string key)
    {
        var globs = new List<GlobPattern>();
        var node = fields.Node(key);
        IReadOnlyList<YamlNode> items = node switch
        {
            null => [],
            YamlSequence sequence => sequence.Items,
            _ => [node],
        };

        foreach (var item in items)
        {
            if (SelectorReader.Glob(item, key, fields) is { } glob)
            {
                globs.Add(glob);
            }
        }

        return globs;
    }

    private static ModifiersRule? ReadModifiers(RuleHeader header, FieldReader fields)
    {
        var types = Selector(fields, "types");
        var isSealed = fields.Boolean("sealed");
        var isStatic = fields.Boolean("static");
        var isAbstract = fields.Boolean("abstract");
        var immutable = fields.Boolean("immutable");
        TypeVisibility? visibility = fields.String("visibility", "internal") switch
        {
            null => null,
            "public" => TypeVisibility.Public,
            "internal" => TypeVisibility.Internal,
            var other => InvalidVisibility(other),
        };

        if (isSealed is null && isStatic is null && isAbstract is null && immutable is null && visibility is null && !fields.HasErrors)
        {
            fields.Error(fields.Mapping.GetKey("kind")!.Span, "a modifiers rule needs at least one of 'sealed: true', 'static: true', 'abstract: true', 'visibility: internal|public', 'immutable: true'");
        }

        return types is null || fields.HasErrors
            ? null
            : new ModifiersRule(header, types, new ModifierRequirements(isSealed, isStatic, isAbstract, visibility, immutable == true));

        TypeVisibility? InvalidVisibility(string value)
        {
            fields.Error(fields.Node("visibility")!.Span, $"visibility '{value}' is not valid{Suggestions.DidYouMean(value, ["public", "internal"])}");
            return null;
        }
    }

    private static VocabularyRule? ReadVocabulary(RuleHeader header, FieldReader fields)
    {
        var node = fields.Required("terms", "[{ use: Customer, instead-of: [Client, Buyer] }]");
        var scope = Selector(fields, "in", required: false);
        if (node is null)
        {
            return null;
        }

        if (node is not YamlSequence sequence || sequence.Items.Count == 0)
        {
            fields.Error(node.Span, $"terms: expected a list of {{ use, instead-of }}, got {node.Describe()}; write e.g. '- {{ use: Customer, instead-of: [Client, Buyer] }}'");
            return null;
        }

        var terms = new List<VocabularyTerm>(sequence.Items.Count);
        foreach (var item in sequence.Items)
        {
            if (item is not YamlMapping mapping)
            {
                fields.Error(item.Span, $"terms: each term must be a mapping {{ use, instead-of }}, got {item.Describe()}");
                continue;
            }

            var term = new FieldReader(mapping, fields.Context, fields.Owner + ": terms", ["use", "instead-of"]);
            term.ReportUnknownFields();
            var use = term.String("use", "Customer", required: true);
            var insteadOf = term.StringList("instead-of", "[Client, Buyer]");
            if (term.Node("instead-of") is null)
            {
                term.Error(mapping.Span, "missing field 'instead-of'; add e.g. 'instead-of: [Client, Buyer]'");
            }

            if (term.HasErrors || use is null)
            {
                fields.MarkError();
                continue;
            }

            terms.Add(new VocabularyTerm(use, insteadOf));
        }

        return fields.HasErrors ? null : new VocabularyRule(header, terms, scope);
    }
}
