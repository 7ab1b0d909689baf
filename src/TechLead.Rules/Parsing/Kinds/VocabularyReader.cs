using System.Collections.Generic;
using TechLead.Rules.Model;
using TechLead.Rules.Parsing.Yaml;

namespace TechLead.Rules.Parsing.Kinds;

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

        var terms = new List<VocabularyTerm>(sequence.Items.Count);
        foreach (var item in sequence.Items)
        {
            if (ReadTerm(item, fields) is { } term)
            {
                terms.Add(term);
            }
        }

        if (terms.Count == 0)
        {
            fields.MarkError();
            return null;
        }

        return new VocabularyRule(header, terms, scope);
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
