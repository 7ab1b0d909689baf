namespace TechLead.Rules;

/// <summary>
/// What TL9006 says: a build that references the analyzer but was given no ADR file names where the package looked
/// and how to point it elsewhere (rules/0032).
/// </summary>
public static class NoAdrsFound
{
    private const string Fix =
        "set <TechLeadAdrDirectory> (for example docs/decisions) in the project or Directory.Build.props to the folder that holds the ADRs, "
        + "or add <NoWarn>$(NoWarn);" + DiagnosticIds.NoAdrsFound + "</NoWarn> to a project that has none on purpose";

    /// <param name="adrDirectory"><c>$(TechLeadAdrDirectory)</c> as the build passed it; null or empty when the package found no docs/adr.</param>
    /// <param name="searchStart">The project folder the package searched from (the <c>$(TechLeadAdrSearchStart)</c> marker).</param>
    public static string Message(string? adrDirectory, string searchStart) =>
        string.IsNullOrWhiteSpace(adrDirectory)
            ? $"no ADRs found: there is no docs/adr folder in '{searchStart}' or the {RepositoryLayout.SearchedLevelsAbove} folders above it, so this build enforces no decision; {Fix}"
            : $"no ADRs found: the ADR folder '{adrDirectory}' ($(TechLeadAdrDirectory)) does not exist or holds no .md file, so this build enforces no decision; {Fix}";
}
