using System.Collections.Generic;
using TechLead.Rules.Parsing;
using TechLead.Rules.Parsing.Kinds;
using TechLead.Rules.Parsing.Yaml;
using TechLead.Rules.Selectors;

namespace TechLead.Rules.Model;

/// <summary><c>vocabulary</c>: the ubiquitous language; declared names must not use banned synonyms.</summary>
public sealed class VocabularyRule(RuleHeader header, IReadOnlyList<VocabularyTerm> terms, TypeSelector? @in) : Rule(header)
{
    public IReadOnlyList<VocabularyTerm> Terms { get; } = terms;

    /// <summary>Which types' declarations are checked; null means all.</summary>
    public TypeSelector? In { get; } = @in;

    /// <summary>Matches names against every banned synonym of every term.</summary>
    public VocabularyMatcher Matcher { get; } = new(terms);

    internal static DiagnosticInfo Diagnostic { get; } = DiagnosticInfo.Violation(DiagnosticIds.VocabularyViolation, "Banned synonym in a name", "A declared name uses a synonym the shared vocabulary replaces (vocabulary rule).");
}

/// <summary>A preferred word and the synonyms the team agreed not to use.</summary>
public sealed record VocabularyTerm(string Use, IReadOnlyList<string> InsteadOf);

/// <summary><c>vocabulary</c>: declared names must say <c>use</c>, not its synonyms. A bad term is reported and skipped.</summary>
internal sealed class VocabularyReader() : KindReader(
    RuleKind.Vocabulary,
    KindField.Required("terms", "[{ use: Customer, instead-of: [Client, Buyer] }]"),
    KindField.Optional("in"))
{
    public override Rule? Read(RuleHeader header, FieldReader fields)
    {
        var sequence = fields.NonEmptyList("terms", "{ use, instead-of }", "; write e.g. '- { use: Customer, instead-of: [Client, Buyer] }'");
        var scope = Selector(fields, "in", ListItems.Skip);
        if (sequence is null)
        {
            return null;
        }

        var terms = Entries(sequence, fields, ReadTerm);
        return terms is null ? null : new VocabularyRule(header, terms, scope);
    }

    private static VocabularyTerm? ReadTerm(YamlNode item, FieldReader fields)
    {
        if (item is not YamlMapping mapping)
        {
            fields.ForItem().Error(item.Span, $"terms: each term must be a mapping {{ use, instead-of }}, got {item.Describe()}");
            return null;
        }

        var term = new FieldReader(mapping, fields.Context, fields.Owner + ": terms", ["use", "instead-of"]);
        term.ReportUnknownFields();
        var use = term.String("use", "Customer", required: true);
        var insteadOf = term.StringList("instead-of", "[Client, Buyer]");
        if (term.Node("instead-of") is null)
        {
            term.Error(mapping.Span, "missing field 'instead-of'; add e.g. 'instead-of: [Client, Buyer]'");
        }

        return term.HasErrors || use is null ? null : new VocabularyTerm(use, insteadOf);
    }
}
