using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace TechLead.Cli.Importing;

/// <summary>
/// The HTML comment <c>&lt;!-- techlead-import: KEY --&gt;</c> an imported ADR carries in its Context, so a later
/// import finds it by the source's key. A comment, not a front-matter key: the ADR parser reads front matter
/// strictly and warns on keys it does not know; Markdown comments are invisible to it and to readers.
/// </summary>
internal static class ImportMarker
{
    private const string Prefix = "<!-- techlead-import: ";
    private const string Suffix = " -->";
    private static readonly Regex Marker = new(@"<!-- techlead-import: (?<key>.+?) -->", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public static string For(string key) => Prefix + Encode(key) + Suffix;

    /// <summary>The keys in one ADR's text (normally one).</summary>
    public static IEnumerable<string> KeysIn(string text)
    {
        foreach (Match match in Marker.Matches(text))
        {
            yield return Decode(match.Groups["key"].Value);
        }
    }

    // "--" cannot appear inside an HTML comment; '%' is escaped first so decoding is exact.
    private static string Encode(string key) => key.Replace("%", "%25", StringComparison.Ordinal).Replace("--", "%2D%2D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Decode(string text) => text.Replace("%0A", "\n", StringComparison.Ordinal).Replace("%2D%2D", "--", StringComparison.Ordinal).Replace("%25", "%", StringComparison.Ordinal);
}
