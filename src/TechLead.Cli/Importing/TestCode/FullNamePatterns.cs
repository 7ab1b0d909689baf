using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TechLead.Cli.Importing.TestCode;

/// <summary>
/// The targets of ArchUnitNET's older string overloads (before 0.11): <c>NotDependOnAny(patterns, useRegularExpressions)</c>
/// matches a dependency's full name against each pattern, as a regular expression found anywhere
/// (<c>Regex.IsMatch(FullName, pattern)</c>) with <c>true</c>, else as the whole name ignoring case. Both are
/// <c>full-name-matches</c> selectors of the same meaning, one alternative per pattern.
/// </summary>
internal static class FullNamePatterns
{
    /// <summary>Whether <paramref name="link"/> passes names or patterns (not a type provider or <c>typeof</c>).</summary>
    public static bool Applies(ChainLink link, TestCodeArguments arguments) =>
        link.Arguments.Count is 1 or 2
        && link.Arguments[0].Expression is not TypeOfExpressionSyntax
        && (link.Arguments.Count == 2 ? link.Arguments[1].Expression is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.TrueLiteralExpression or (int)SyntaxKind.FalseLiteralExpression }
            : arguments.TryString(link.Arguments[0].Expression) is not null);

    public static ChainSelector Selector(ChainLink link, TestCodeArguments arguments)
    {
        var regex = link.Arguments.Count == 2 && link.Arguments[1].Expression.IsKind(SyntaxKind.TrueLiteralExpression);
        var patterns = arguments.TryString(link.Arguments[0].Expression) is { } one ? [one] : arguments.Strings(link with { Arguments = [link.Arguments[0]] });
        var selector = new ChainSelector();
        foreach (var (pattern, i) in patterns.Distinct().Select((p, i) => (p, i)))
        {
            if (i > 0)
            {
                selector.Or();
            }

            selector.Require("full-name-matches", regex ? pattern : "(?i)^" + Regex.Escape(pattern) + "$");
        }

        return selector;
    }
}
