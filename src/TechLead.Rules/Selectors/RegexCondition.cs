using System.Text.RegularExpressions;
using TechLead.Rules.Parsing;

namespace TechLead.Rules.Selectors;

/// <summary>
/// A <c>*-matches</c> selector condition: a .NET regex found anywhere in the text unless anchored, case-sensitive,
/// compiled and time-limited by <see cref="RegexFactory"/> like a naming rule's <c>pattern</c>.
/// </summary>
internal sealed class RegexCondition(string text, Regex regex)
{
    /// <summary>The pattern as the ADR wrote it.</summary>
    public string Text { get; } = text;

    /// <summary>
    /// A match that still times out after the retry counts as no match: the load-time probe already refused patterns
    /// that backtrack catastrophically (TL9002), and a selector has no place to report mid-evaluation (rules/0035).
    /// </summary>
    public bool IsMatch(string input) => RegexFactory.TryMatch(regex, input, out var isMatch) && isMatch;
}
