using System;
using System.Text;

namespace TechLead.Rules.Evaluation;

/// <summary>
/// The one help-link rule (docs/getting-started.md), used by the analyzer, the fitness tests and the CLI:
/// <c>$(TechLeadAdrBaseUrl)</c> + the ADR's path relative to the repository root + <c>#rule-id</c>; without a base
/// URL (or for an ADR outside the repository root) the ADR file's <c>file:///</c> URI + <c>#rule-id</c>.
/// Pure: callers pass absolute paths; nothing here touches the file system or the current directory.
/// </summary>
public static class HelpLinks
{
    /// <summary>
    /// The link for rule <paramref name="ruleId"/> of the ADR at <paramref name="adrPath"/> (absolute; '/' or '\' separators).
    /// A missing '/' at the end of <paramref name="baseUrl"/> is added; path segments are percent-escaped (a space is <c>%20</c>).
    /// Empty when <paramref name="adrPath"/> is not absolute and no base URL applies.
    /// </summary>
    public static string For(string adrPath, string ruleId, string? baseUrl, string? repositoryRoot)
    {
        var fragment = "#" + Uri.EscapeDataString(ruleId);
        if (!string.IsNullOrWhiteSpace(baseUrl) && Relative(adrPath, repositoryRoot) is { } relative)
        {
            var trimmed = baseUrl!.Trim();
            var separator = trimmed.EndsWith("/", StringComparison.Ordinal) ? string.Empty : "/";
            return trimmed + separator + EscapeSegments(relative) + fragment;
        }

        return FileUri(adrPath) is { } uri ? uri + fragment : string.Empty;
    }

    /// <summary>
    /// <c>file:///C:/repo/docs/adr/0007%20x.md</c>, <c>file:///repo/...</c> or <c>file://server/share/...</c>;
    /// null for a relative path. Built by hand so the result is the same on every operating system.
    /// </summary>
    private static string? FileUri(string path)
    {
        var normalized = path.Replace('\\', '/');
        if (normalized.StartsWith("//", StringComparison.Ordinal))
        {
            return "file://" + EscapeSegments(normalized.Substring(2));
        }

        if (IsDrivePath(normalized))
        {
            return "file:///" + normalized.Substring(0, 2) + EscapeSegments(normalized.Substring(2));
        }

        return normalized.StartsWith("/", StringComparison.Ordinal) ? "file://" + EscapeSegments(normalized) : null;
    }

    /// <summary>The ADR path relative to the root with '/' separators; null when it is not under the root.</summary>
    private static string? Relative(string path, string? root)
    {
        if (string.IsNullOrWhiteSpace(root))
        {
            return null;
        }

        var normalizedPath = path.Replace('\\', '/');
        var normalizedRoot = root!.Replace('\\', '/').TrimEnd('/') + "/";

        // Drive letters (Windows) compare case-insensitively; POSIX paths do not.
        var comparison = IsDrivePath(normalizedPath) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return normalizedPath.StartsWith(normalizedRoot, comparison) ? normalizedPath.Substring(normalizedRoot.Length) : null;
    }

    private static bool IsDrivePath(string path) =>
        path.Length >= 2 && path[1] == ':' && ((path[0] >= 'A' && path[0] <= 'Z') || (path[0] >= 'a' && path[0] <= 'z'));

    private static string EscapeSegments(string path)
    {
        var text = new StringBuilder(path.Length + 8);
        var segments = path.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            text.Append(i == 0 ? string.Empty : "/").Append(Uri.EscapeDataString(segments[i]));
        }

        return text.ToString();
    }
}
