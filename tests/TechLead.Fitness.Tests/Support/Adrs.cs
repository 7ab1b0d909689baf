using System.Linq;
using TechLead.Rules;
using TechLead.Rules.Model;

namespace TechLead.Fitness.Tests.Support;

/// <summary>Builds ADRs from a YAML rule list, the way a lead writes them.</summary>
internal static class Adrs
{
    public const string Path = "docs/adr/0007-test-decision.md";

    public static string Text(string rulesYaml, string status = "accepted", string id = "ADR-0007", string title = "Test decision", string body = "")
    {
        var indented = string.Join("\n", rulesYaml.Trim('\n').Split('\n').Select(line => "  " + line));
        return $"---\nid: {id}\ntitle: {title}\nstatus: {status}\nrules:\n{indented}\n---\n# {title}\n{body}";
    }

    /// <summary>The single rule of an accepted ADR (with <paramref name="body"/> after its heading, e.g. a diagram); fails when the YAML is not a valid rule.</summary>
    public static Rule Rule(string ruleYaml, string body = "")
    {
        var set = AdrSet.Load([new AdrSourceFile(Path, Text(ruleYaml, body: body))]);
        Assert.Empty(set.Diagnostics);
        return Assert.Single(set.Rules);
    }
}
