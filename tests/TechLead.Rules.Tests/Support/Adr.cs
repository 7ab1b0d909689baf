using System.Linq;
using TechLead.Rules.Model;
using TechLead.Rules.Parsing;

namespace TechLead.Rules.Tests.Support;

/// <summary>Builds and parses ADR text for tests.</summary>
internal static class Adr
{
    public const string Path = "docs/adr/0007-domain.md";

    /// <summary>An accepted ADR whose front matter holds <paramref name="rulesYaml"/> under <c>rules:</c>.</summary>
    public static string WithRules(string rulesYaml, string status = "accepted", string id = "ADR-0007") =>
        $"---\nid: {id}\ntitle: Domain stays persistence-ignorant\nstatus: {status}\nrules:\n{rulesYaml}---\n# Domain stays persistence-ignorant\n";

    public static AdrParseResult Parse(string text, string path = Path) => AdrParser.Parse(path, text);

    public static TRule SingleRule<TRule>(string rulesYaml)
        where TRule : Rule
    {
        var result = Parse(WithRules(rulesYaml));
        Assert.Empty(result.Diagnostics);
        return Assert.IsAssignableFrom<TRule>(Assert.Single(result.Document!.Rules));
    }

    /// <summary>Asserts the markup's spans carry exactly the given diagnostics (id + message), in order; extra diagnostics share the last span.</summary>
    public static void AssertDiagnostics(string markup, params (string Id, string Message)[] expected)
    {
        var (text, spans) = Markup.Parse(markup);
        var actual = AdrSet.Load([new AdrSourceFile(Path, text)]).Diagnostics;
        Assert.Equal(
            expected.Select((e, i) => $"{e.Id} @{spans[System.Math.Min(i, spans.Count - 1)].Start}+{spans[System.Math.Min(i, spans.Count - 1)].Length}: {e.Message}"),
            actual.Select(d => $"{d.Id} @{d.Span.Start}+{d.Span.Length}: {d.Message}"));
    }
}
