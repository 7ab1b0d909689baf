using System;
using TechLead.Cli.Infrastructure;

namespace TechLead.Cli.Checking;

/// <summary>The analyzer's help-link rule, for rules that have no diagnostic to copy it from (SARIF descriptors, reports).</summary>
internal static class HelpLinks
{
    public static string For(string adrPath, string ruleId, string repositoryRoot, string? baseUrl) =>
        string.IsNullOrEmpty(baseUrl)
            ? new Uri(System.IO.Path.GetFullPath(adrPath)).AbsoluteUri + "#" + ruleId
            : baseUrl + PathDisplay.ForwardSlashRelative(adrPath, repositoryRoot) + "#" + ruleId;
}
