using System.Collections.Generic;
using System.Text;

namespace TechLead.Cli.Initializing;

/// <summary>
/// The ADR folder's README.md: what the folder is and the decisions in it when init ran. The parser does not
/// read it as an ADR (an index page without front matter), so it never shows up in <c>techlead adr list</c>.
/// </summary>
internal static class AdrIndexPage
{
    public const string FileName = "README.md";

    /// <summary>One row of the table: the file's path relative to the folder ('/'), its id, title and status (empty for prose ADRs).</summary>
    internal sealed record Entry(string RelativePath, string Id, string Title, string Status);

    public static string Render(IReadOnlyList<Entry> entries)
    {
        var text = new StringBuilder();
        text.Append("# Architecture decision records\n\n")
            .Append("The architecture decisions of this repository, one Markdown file each (MADR 4 with YAML front matter).\n")
            .Append("The rules in an accepted ADR's `techlead` block are enforced in every build by the TechLead analyzer.\n\n")
            .Append("- `techlead adr new \"Title\"` writes the next decision, as `proposed`.\n")
            .Append("- `techlead adr list` prints the current list with status and rule count; the table below is the list\n")
            .Append("  when this page was written.\n\n")
            .Append("| ADR | Title | Status |\n")
            .Append("|---|---|---|\n");
        foreach (var entry in entries)
        {
            text.Append("| [").Append(entry.Id).Append("](").Append(entry.RelativePath.Replace(" ", "%20", System.StringComparison.Ordinal)).Append(") | ")
                .Append(Cell(entry.Title)).Append(" | ").Append(entry.Status).Append(" |\n");
        }

        return text.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", System.StringComparison.Ordinal);
}
