using System.Collections.Generic;
using System.IO;
using System.Linq;
using YamlDotNet.RepresentationModel;

namespace TechLead.EndToEnd.CiTemplates;

/// <summary>Reading a template of docs/ci with YamlDotNet's representation model.</summary>
internal static class CiYaml
{
    public static YamlMappingNode Load(string template)
    {
        var stream = new YamlStream();
        using var reader = new StringReader(File.ReadAllText(RepoPaths.Combine("docs", "ci", template)));
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    public static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;

    public static YamlMappingNode? Child(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value as YamlMappingNode : null;

    /// <summary>A mapping of scalars (env, with, variables, inputs); empty when absent.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Mapping(YamlMappingNode node, string key) =>
        Child(node, key) is { } mapping
            ? mapping.Children.Select(p => new KeyValuePair<string, string>(((YamlScalarNode)p.Key).Value!, ((YamlScalarNode)p.Value).Value ?? string.Empty))
            : [];
}
