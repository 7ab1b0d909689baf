using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Nodes;
using TechLead.Rules.Model;
using TechLead.Rules.Parsing;
using TechLead.Rules.Parsing.Yaml;

namespace TechLead.Rules.Tests.Schema;

/// <summary>Turns an ADR's front matter and techlead blocks into JSON, the way a YAML language server sees them.</summary>
internal static class YamlToJson
{
    public static (JsonNode? FrontMatter, List<JsonNode?> RuleBlocks) Read(string path, string text)
    {
        var map = new LineMap(text);
        var diagnostics = new List<AdrDiagnostic>();
        var layout = MarkdownLayout.Read(map, path, diagnostics);
        var frontMatter = layout.FrontMatter is { } chunk ? Convert(YamlTreeReader.Read(chunk.Text, chunk.Offset, map, path, diagnostics)) : null;
        var blocks = new List<JsonNode?>();
        foreach (var block in layout.RuleBlocks)
        {
            blocks.Add(Convert(YamlTreeReader.Read(block.Text, block.Offset, map, path, diagnostics)));
        }

        Assert.Empty(diagnostics);
        return (frontMatter, blocks);
    }

    private static JsonNode? Convert(YamlNode? node)
    {
        switch (node)
        {
            case null:
                return null;
            case YamlScalar scalar when scalar.IsNull:
                return null;
            case YamlScalar scalar when scalar.AsBoolean() is { } boolean:
                return JsonValue.Create(boolean);
            case YamlScalar scalar when scalar.IsPlain && long.TryParse(scalar.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number):
                return JsonValue.Create(number);
            case YamlScalar scalar:
                return JsonValue.Create(scalar.Value);
            case YamlSequence sequence:
                var array = new JsonArray();
                foreach (var item in sequence.Items)
                {
                    array.Add(Convert(item));
                }

                return array;
            case YamlMapping mapping:
                var obj = new JsonObject();
                foreach (var entry in mapping.Entries)
                {
                    obj[entry.Key.Value] = Convert(entry.Value);
                }

                return obj;
            default:
                return null;
        }
    }
}
