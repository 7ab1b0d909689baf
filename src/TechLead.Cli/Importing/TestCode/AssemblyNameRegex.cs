namespace TechLead.Cli.Importing.TestCode;

/// <summary>
/// ArchUnitNET's <c>ResideInAssemblyMatching(p)</c> (and <c>ResideInAssembly(p, true)</c>) match the assembly's full name
/// (<c>Shop.Domain, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null</c>), where a pattern anchored with <c>$</c>
/// never matches; TechLead's <c>assembly-matches</c> sees the simple name, which is what such a pattern means (rules/0065).
/// A pattern that ends at the comma after the name (<c>\.Tests,</c>) is the same end, written as <c>$</c>.
/// </summary>
internal static class AssemblyNameRegex
{
    public static string ForSimpleName(string pattern) =>
        pattern.EndsWith(',') && !pattern.EndsWith("\\,", System.StringComparison.Ordinal) ? pattern[..^1] + "$" : pattern;
}
