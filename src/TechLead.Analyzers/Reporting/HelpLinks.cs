using System;

namespace TechLead.Analyzers.Reporting;

/// <summary>
/// Help links to the rule inside its ADR: <c>$(TechLeadAdrBaseUrl)</c> + path relative to
/// <c>$(TechLeadRepositoryRoot)</c> + <c>#rule</c>, else a <c>file:///</c> URI of the ADR.
/// </summary>
internal static class HelpLinks
{
    public static string For(string adrPath, string ruleId, string? baseUrl, string? repositoryRoot)
    {
        if (baseUrl is not null && Relative(adrPath, repositoryRoot) is { } relative)
        {
            var separator = baseUrl.EndsWith("/", StringComparison.Ordinal) ? string.Empty : "/";
            return baseUrl + separator + relative + "#" + ruleId;
        }

        return Uri.TryCreate(adrPath, UriKind.Absolute, out var uri) && uri.IsFile
            ? uri.AbsoluteUri + "#" + ruleId
            : string.Empty;
    }

    /// <summary>The ADR path relative to the root with '/' separators; null when it is not under the root.</summary>
    private static string? Relative(string path, string? root)
    {
        var normalizedPath = path.Replace('\\', '/');
        if (root is null)
        {
            return null;
        }

        var normalizedRoot = root.Replace('\\', '/').TrimEnd('/') + "/";
        var comparison = normalizedPath.Length > 1 && normalizedPath[1] == ':' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return normalizedPath.StartsWith(normalizedRoot, comparison) ? normalizedPath.Substring(normalizedRoot.Length) : null;
    }
}
