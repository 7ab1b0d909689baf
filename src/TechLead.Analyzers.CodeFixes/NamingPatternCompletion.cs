using System;
using System.Text;
using System.Text.RegularExpressions;

namespace TechLead.Analyzers.CodeFixes;

/// <summary>
/// Derives a compliant name from a naming pattern that is a literal prefix or suffix requirement:
/// <c>^.*Repository$</c> or <c>^[A-Z][A-Za-z0-9]*Repository$</c> (suffix <c>Repository</c>), <c>^I[A-Z]</c> (prefix
/// <c>I</c>). A name that already ends with the start of the suffix is completed (<c>OrderRepo</c> →
/// <c>OrderRepository</c>). The result is offered only when it really matches the pattern.
/// </summary>
internal static class NamingPatternCompletion
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(100);

    public static string? Suggest(string name, string pattern)
    {
        var candidate = TrailingLiteral(pattern) is { } suffix ? WithSuffix(name, suffix)
            : LeadingLiteral(pattern) is { } prefix ? prefix + name
            : null;
        return candidate is not null && candidate != name && Matches(candidate, pattern) ? candidate : null;
    }

    private static string WithSuffix(string name, string suffix)
    {
        // The longest start of the suffix the name already ends with: "OrderRepo" + "Repository" -> "OrderRepository".
        for (var length = Math.Min(suffix.Length - 1, name.Length - 1); length > 0; length--)
        {
            if (string.CompareOrdinal(name, name.Length - length, suffix, 0, length) == 0)
            {
                return name.Substring(0, name.Length - length) + suffix;
            }
        }

        return name + suffix;
    }

    /// <summary>The identifier characters right before a final <c>$</c>: <c>Repository</c> in <c>^.*Repository$</c>.</summary>
    private static string? TrailingLiteral(string pattern)
    {
        if (!pattern.EndsWith("$", StringComparison.Ordinal) || pattern.EndsWith("\\$", StringComparison.Ordinal))
        {
            return null;
        }

        var end = pattern.Length - 1;
        var start = end;
        while (start > 0 && IsLiteral(pattern[start - 1]))
        {
            start--;
        }

        // A quantifier or escape right before the literal would change what it means ("s?Service$", "\\dService$").
        var before = start > 0 ? pattern[start - 1] : '^';
        return start < end && before is not '\\' and not '|' and not '(' ? pattern.Substring(start, end - start) : null;
    }

    /// <summary>The identifier characters right after a leading <c>^</c>: <c>I</c> in <c>^I[A-Z]</c>.</summary>
    private static string? LeadingLiteral(string pattern)
    {
        if (!pattern.StartsWith("^", StringComparison.Ordinal))
        {
            return null;
        }

        var literal = new StringBuilder();
        var index = 1;
        while (index < pattern.Length && IsLiteral(pattern[index]))
        {
            literal.Append(pattern[index++]);
        }

        // "^Ab?" makes 'b' optional: drop the quantified character.
        if (index < pattern.Length && pattern[index] is '?' or '*' or '{' && literal.Length > 0)
        {
            literal.Length--;
        }

        return literal.Length > 0 && (index == pattern.Length || pattern[index] is not '|') ? literal.ToString() : null;
    }

    private static bool IsLiteral(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_';

    private static bool Matches(string candidate, string pattern)
    {
        try
        {
            return Regex.IsMatch(candidate, pattern, RegexOptions.CultureInvariant, MatchTimeout);
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
