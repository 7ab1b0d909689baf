using System;
using System.Text.RegularExpressions;
using TechLead.Cli.Infrastructure;

namespace TechLead.Cli.Checking;

/// <summary>
/// Checks <c>--adr-base-url</c> before any work. In CI the value is built from the platform's variables
/// (<c>${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/blob/${GITHUB_SHA}</c>); an unset one leaves an empty value, an
/// empty path segment, or the variable's own text, and every link of the run would silently point nowhere.
/// </summary>
internal static class AdrBaseUrlArgument
{
    private const string Fix = "build it from the CI's variables (e.g. ${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/blob/${GITHUB_SHA}) or leave the option out for file:/// links";

    // $(Build.Repository.Uri), ${CI_PROJECT_URL}, $GITHUB_SHA, %BUILD_SOURCEVERSION%: text a shell or CI did not replace.
    private static readonly Regex UnexpandedVariable = new(@"\$[({]?[A-Za-z_][A-Za-z0-9_.]*[)}]?|%[A-Za-z_][A-Za-z0-9_.]{2,}%", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>The value as given when it is usable; null when the option was not given; else bad input, one line.</summary>
    public static string? Validate(string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            throw new BadInputException($"--adr-base-url is empty: the variable it is built from is probably unset; {Fix}");
        }

        if (UnexpandedVariable.Match(value) is { Success: true } variable)
        {
            throw new BadInputException($"--adr-base-url '{value}' holds '{variable.Value}', a variable that was not expanded; {Fix}");
        }

        // "/blob/" parses as file:///blob/ on Unix: only a written scheme counts.
        var trimmed = value.Trim();
        var written = Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) && trimmed.StartsWith(uri.Scheme + "://", StringComparison.OrdinalIgnoreCase);
        if (written && uri!.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
        {
            throw new BadInputException($"--adr-base-url '{value}' is a {uri.Scheme} URL; links go to the hosted repository: {Fix}");
        }

        if (!written || uri!.Host.Length == 0)
        {
            throw new BadInputException($"--adr-base-url '{value}' is not an http(s) URL: a variable it is built from is probably unset; {Fix}");
        }

        if (uri.AbsolutePath.Contains("//", StringComparison.Ordinal))
        {
            throw new BadInputException($"--adr-base-url '{value}' has an empty path segment ('//'): a variable it is built from is probably unset; {Fix}");
        }

        return value;
    }
}
