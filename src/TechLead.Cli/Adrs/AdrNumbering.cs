using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace TechLead.Cli.Adrs;

/// <summary>
/// The next free ADR number: one past the highest number a file name starts with (<c>0007-</c>, and the
/// <c>007-</c> or <c>ADR-007-</c> of other tools, so a new ADR never takes a number a prose ADR already has)
/// or the highest <c>ADR-NNNN</c> id in the folder.
/// </summary>
internal static class AdrNumbering
{
    private static readonly Regex NumberedFile = new(@"^(?:adr[-_]?)?(\d{1,6})[-_]", RegexOptions.IgnoreCase, System.TimeSpan.FromSeconds(1));
    private static readonly Regex NumberedId = new(@"^ADR-(\d+)$", RegexOptions.None, System.TimeSpan.FromSeconds(1));

    public static int Next(string directory, TechLead.Rules.AdrSet? set)
    {
        var fromFiles = Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, "*.md", SearchOption.AllDirectories)
                .Select(p => NumberedFile.Match(Path.GetFileName(p)))
                .Where(m => m.Success)
                .Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))
            : [];
        var fromIds = set?.Documents
            .Select(d => NumberedId.Match(d.Id))
            .Where(m => m.Success)
            .Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)) ?? [];
        return fromFiles.Concat(fromIds).DefaultIfEmpty(0).Max() + 1;
    }
}
