using System.Text.RegularExpressions;

namespace TechLead.Cli.Importing.TestCode;

/// <summary>
/// The few namespace regular expressions that say what a glob says: <c>^Shop\.Domain$</c> (that namespace)
/// and <c>^Shop\.Domain(\..+)?$</c> or <c>(\..*)?$</c> (it and below), also written as an alternation
/// <c>^(Shop\.Domain|Shop\.Domain\..*)$</c> (either order). Any other pattern has no glob of the same meaning.
/// </summary>
internal static partial class NamespaceRegex
{
    public static string? Glob(string pattern)
    {
        var match = Anchored().Match(pattern);
        if (!match.Success)
        {
            match = ItOrBelow().Match(pattern);
            return match.Success ? match.Groups["name"].Value.Replace("\\.", ".", System.StringComparison.Ordinal) + ".**" : null;
        }

        var name = match.Groups["name"].Value.Replace("\\.", ".", System.StringComparison.Ordinal);
        return match.Groups["below"].Success ? name + ".**" : name;
    }

    [GeneratedRegex(@"^\^(?<name>[A-Za-z_][A-Za-z0-9_]*(\\\.[A-Za-z_][A-Za-z0-9_]*)*)(?<below>\(\\\.\.[+*]\)\?)?\$$")]
    private static partial Regex Anchored();

    // ^(N|N\..*)$ and ^(N\..+|N)$: the namespace N or one below it.
    [GeneratedRegex(@"^\^\((?:(?<name>[A-Za-z_][A-Za-z0-9_]*(\\\.[A-Za-z_][A-Za-z0-9_]*)*)\|\k<name>\\\.\.[+*]|(?<name>[A-Za-z_][A-Za-z0-9_]*(\\\.[A-Za-z_][A-Za-z0-9_]*)*)\\\.\.[+*]\|\k<name>)\)\$$")]
    private static partial Regex ItOrBelow();
}
