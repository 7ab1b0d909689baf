using System.Collections.Generic;
using System.IO;
using System.Linq;
using Json.Schema;
using TechLead.Rules.Tests.Support;

namespace TechLead.Rules.Tests.Schema;

/// <summary>schemas/techlead-adr.schema.json accepts every ADR in the repository and refuses broken ones.</summary>
public sealed class AdrSchemaTests
{
    private static readonly JsonSchema AdrSchema = JsonSchema.FromFile(Path.Combine(RepoPaths.Root, "schemas", "techlead-adr.schema.json"));

    // The rules schema $refs the ADR schema by relative URI, so the ADR schema must be registered first.
    private static readonly JsonSchema RulesSchema = RegisterAdrSchemaThenLoad("techlead-rules.schema.json");

    private static JsonSchema RegisterAdrSchemaThenLoad(string fileName)
    {
        SchemaRegistry.Global.Register(AdrSchema);
        return JsonSchema.FromFile(Path.Combine(RepoPaths.Root, "schemas", fileName));
    }

    public static TheoryData<string> RepositoryAdrs()
    {
        var data = new TheoryData<string>();
        var folders = new[] { "rules", "samples" };
        foreach (var folder in folders.Select(f => Path.Combine(RepoPaths.Root, f)).Where(Directory.Exists))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories)
                         .Where(f => f.Contains(Path.Combine("docs", "adr"), System.StringComparison.Ordinal) || f.StartsWith(Path.Combine(RepoPaths.Root, "rules"), System.StringComparison.Ordinal))
                         .Where(f => !Path.GetFileName(f).Equals("README.md", System.StringComparison.OrdinalIgnoreCase))
                         .Order(System.StringComparer.Ordinal))
            {
                data.Add(Path.GetRelativePath(RepoPaths.Root, file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RepositoryAdrs))]
    public void Every_adr_in_the_repository_validates(string relativePath)
    {
        var (frontMatter, blocks) = YamlToJson.Read(relativePath, File.ReadAllText(Path.Combine(RepoPaths.Root, relativePath)));
        if (frontMatter is not null)
        {
            AssertValid(AdrSchema, frontMatter, relativePath + " front matter");
        }

        foreach (var block in blocks)
        {
            AssertValid(RulesSchema, block, relativePath + " techlead block");
        }
    }

    [Fact]
    public void The_repository_has_adrs_to_validate() =>
        Assert.True(RepositoryAdrs().Count >= 10);

    [Theory]
    [InlineData("---\nid: ADR-0007\nstatus: accepted\nrules: 5\n---\n")]
    [InlineData("---\nid: ADR-0007\nstatus: acepted\n---\n")]
    [InlineData("---\nid: ADR-0007\nrules:\n  - { id: r, kind: forbidd, from: A.**, to: B.** }\n---\n")]
    [InlineData("---\nid: ADR-0007\nrules:\n  - { id: r, kind: forbid, form: A.**, to: B.** }\n---\n")]
    [InlineData("---\nid: ADR-0007\nrules:\n  - { id: Bad_Id, kind: forbid, from: A.**, to: B.** }\n---\n")]
    [InlineData("---\nid: ADR-0007\nrules:\n  - { id: r, kind: banned-api, apis: [{ symbol: 'X:Foo' }] }\n---\n")]
    [InlineData("---\nid: ADR-0007\nrules:\n  - { id: r, kind: forbid, from: { abstract: yes }, to: B.** }\n---\n")]
    [InlineData("---\nid: ADR-0007\nrules:\n  - { id: r, kind: forbid, from: { name-matches: '' }, to: B.** }\n---\n")]
    [InlineData("---\nid: ADR-0007\nrules:\n  - { id: r, kind: forbid, from: { name-match: Service }, to: B.** }\n---\n")]
    public void Broken_front_matter_is_refused(string adr)
    {
        var (frontMatter, _) = YamlToJson.Read("docs/adr/0007-x.md", adr);
        Assert.False(AdrSchema.Evaluate(frontMatter).IsValid);
    }

    [Fact]
    public void Regex_and_modifier_selector_keys_validate()
    {
        var adr = "---\nid: ADR-0007\nstatus: accepted\nrules:\n  - id: r\n    kind: forbid\n    from: { namespace: 'Shop.**', abstract: false, sealed: true, static: false, name-matches: '^(Get|Find)\\w*Query$', namespace-matches: '\\.Domain$', full-name-matches: '^Shop\\.', except: { static: true } }\n    to: B.**\n---\n";
        var (frontMatter, _) = YamlToJson.Read("docs/adr/0007-x.md", adr);
        AssertValid(AdrSchema, frontMatter, "front matter with the regex and modifier keys");
    }

    [Fact]
    public void Every_selector_key_is_in_the_schema_and_the_format_page_and_nothing_else()
    {
        var schema = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "schemas", "techlead-adr.schema.json")))!;
        var properties = schema["$defs"]!["selectorMapping"]!["properties"]!.AsObject().Select(p => p.Key);
        var format = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "adr-format.md"));

        Assert.Equal(TechLead.Rules.Selectors.SelectorKeys.InOrder, properties);
        Assert.All(TechLead.Rules.Selectors.SelectorKeys.InOrder, key => Assert.Contains($"| `{key}` |", format, System.StringComparison.Ordinal));
    }

    private static void AssertValid(JsonSchema schema, System.Text.Json.Nodes.JsonNode? json, string what)
    {
        var result = schema.Evaluate(json, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = result.Details.Where(d => d.HasErrors).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
        Assert.True(result.IsValid, what + ":\n" + string.Join("\n", errors));
    }

}
