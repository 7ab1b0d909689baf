using System;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using TechLead.Rules.Model;
using TechLead.Rules.Writing;

namespace TechLead.Cli.Adrs;

/// <summary>A new MADR 4 ADR: front matter, the MADR sections, and commented examples of both ways to write rules.</summary>
internal static class AdrTemplate
{
    private static readonly Regex NonWord = new("[^a-z0-9]+", RegexOptions.None, TimeSpan.FromSeconds(1));

    /// <summary><c>0007-domain-stays-persistence-ignorant.md</c>.</summary>
    public static string FileName(int number, string title)
    {
        var slug = NonWord.Replace(title.ToLowerInvariant(), "-").Trim('-');
        if (slug.Length > 60)
        {
            slug = slug.Substring(0, 60).TrimEnd('-');
        }

        return Number(number) + "-" + (slug.Length == 0 ? "decision" : slug) + ".md";
    }

    public static string Id(int number) => AdrIds.Of(number);

    public static string Render(int number, string title, string status, string category, DateOnly today)
    {
        var text = new StringBuilder();
        FrontMatterWriter.Open(text)
            .Scalar("id", Id(number))
            .Scalar("title", title)
            .Scalar("status", status)
            .Scalar("date", today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .List("decision-makers", [])
            .Scalar("category", category)
            .Comment("owners: [\"@acme/team\"]")
            .Comment("rules:")
            .Comment("  - id: domain-no-infra")
            .Comment("    kind: forbid")
            .Comment("    from: MyApp.Domain.**")
            .Comment("    to: MyApp.Infrastructure.**")
            .Comment("    because: the domain stays persistence-ignorant")
            .Close();
        text.Append("# ").Append(title).Append("\n\n")
            .Append("## Context and Problem Statement\n\n")
            .Append("<!-- Describe the context and the problem in two or three sentences. -->\n\n")
            .Append("## Decision Drivers\n\n")
            .Append("* <!-- a force or concern -->\n\n")
            .Append("## Considered Options\n\n")
            .Append("* <!-- option 1 -->\n")
            .Append("* <!-- option 2 -->\n\n")
            .Append("## Decision Outcome\n\n")
            .Append("Chosen option: \"<!-- option -->\", because <!-- justification -->.\n\n")
            .Append("### Consequences\n\n")
            .Append("* Good, because <!-- ... -->\n")
            .Append("* Bad, because <!-- ... -->\n\n")
            .Append("### Confirmation\n\n")
            .Append("<!-- How compliance is confirmed. Rules in a techlead block are enforced by the analyzer,\n")
            .Append("     the fitness tests and 'techlead check'. To enable this example, remove the comment\n")
            .Append("     markers and the four-space indentation (indented, it is not read as a rule block):\n\n")
            .Append("    ```techlead\n")
            .Append("    - id: no-clock\n")
            .Append("      kind: banned-api\n")
            .Append("      apis:\n")
            .Append("        - symbol: P:System.DateTime.Now\n")
            .Append("          use-instead: M:System.TimeProvider.GetUtcNow\n")
            .Append("    ```\n")
            .Append("-->\n");
        return text.ToString();
    }

    private static string Number(int number) => number.ToString("D4", CultureInfo.InvariantCulture);
}
