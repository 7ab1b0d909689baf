using System;
using System.IO;
using TechLead.Rules.Model;

namespace TechLead.Fitness.Cases;

/// <summary>
/// The link a failure shows (analyzer contract): base URL + ADR path relative to the repository root
/// + <c>#rule-id</c>; without a base URL, the ADR file's <c>file:///</c> URI + <c>#rule-id</c>.
/// </summary>
internal static class AdrLinks
{
    public static string For(Rule rule, string? baseUrl, string? repositoryRoot)
    {
        var path = Path.GetFullPath(rule.Adr.Path);
        if (!string.IsNullOrEmpty(baseUrl))
        {
            var relative = repositoryRoot is null ? rule.Adr.Path : Path.GetRelativePath(repositoryRoot, path);
            return baseUrl + relative.Replace('\\', '/') + "#" + rule.Id;
        }

        return new Uri(path).AbsoluteUri + "#" + rule.Id;
    }
}
