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
        var fragment = "#" + EscapeDataString(ruleId);
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
            text.Append(i == 0 ? string.Empty : "/");
            AppendEscaped(text, segments[i]);
        }

        return text.ToString();
    }

    /// <summary>
    /// What <see cref="Uri.EscapeDataString"/> returns (RFC 3986: every character but the unreserved
    /// <c>A-Z a-z 0-9 - . _ ~</c> as percent-encoded UTF-8 with upper-case hex digits, a lone surrogate as U+FFFD), written
    /// by hand: <see cref="Uri"/> loads and initialises System.Private.Uri, which a cold compiler pays for at the first
    /// violation it reports (rules/0060). <c>HelpLinksTests</c> compare the two.
    /// </summary>
    internal static string EscapeDataString(string value)
    {
        var text = new StringBuilder(value.Length + 8);
        AppendEscaped(text, value);
        return text.ToString();
    }

    private static void AppendEscaped(StringBuilder text, string value)
    {
        const string Hex = "0123456789ABCDEF";
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (IsUnreserved(c))
            {
                text.Append(c);
                continue;
            }

            int codePoint = c;
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                codePoint = char.ConvertToUtf32(c, value[i + 1]);
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                codePoint = 0xFFFD;
            }

            foreach (var b in Utf8(codePoint))
            {
                text.Append('%').Append(Hex[b >> 4]).Append(Hex[b & 0xF]);
            }
        }
    }

    private static bool IsUnreserved(char c) =>
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~';

    private static byte[] Utf8(int codePoint) => codePoint switch
    {
        < 0x80 => [(byte)codePoint],
        < 0x800 => [(byte)(0xC0 | (codePoint >> 6)), (byte)(0x80 | (codePoint & 0x3F))],
        < 0x10000 => [(byte)(0xE0 | (codePoint >> 12)), (byte)(0x80 | ((codePoint >> 6) & 0x3F)), (byte)(0x80 | (codePoint & 0x3F))],
        _ => [(byte)(0xF0 | (codePoint >> 18)), (byte)(0x80 | ((codePoint >> 12) & 0x3F)), (byte)(0x80 | ((codePoint >> 6) & 0x3F)), (byte)(0x80 | (codePoint & 0x3F))],
    };
}
