using TechLead.Rules.Model;
using TechLead.Rules.Parsing.Yaml;

namespace TechLead.Rules.Parsing.Kinds;

/// <summary>Reads a <c>severity:</c> value (of a rule or of a banned API) with the spellings of <see cref="Spellings.Severity"/>.</summary>
internal static class SeverityReader
{
    public static RuleSeverity? Read(FieldReader fields, YamlNode? node)
    {
        if (node is null)
        {
            return null;
        }

        var text = (node as YamlScalar)?.Value ?? node.Describe();
        if (Spellings.Severity.TryParse(text, out var severity))
        {
            return severity;
        }

        fields.Error(node.Span, $"severity {Spellings.Severity.NotValid(text)}");
        return null;
    }
}
