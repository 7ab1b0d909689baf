using System;
using TechLead.Cli.Adrs;
using TechLead.Rules;
using TechLead.Rules.Model;

namespace TechLead.Cli.Checking;

/// <summary>
/// An ADR evaluated as if it were accepted, whatever its status: how <c>impact</c> previews a proposed decision and
/// how <c>rules validate --examples</c> runs a rule's examples.
/// </summary>
internal static class AdrAsAccepted
{
    /// <summary>The ADR's text with <c>status: accepted</c>; a file without front matter gets a minimal one.</summary>
    public static AdrSourceFile Of(AdrSourceFile file, string id) =>
        file.Text.StartsWith("---", StringComparison.Ordinal)
            ? file with { Text = FrontMatterEditor.Open(file.Text, file.Path).SetScalar("status", AdrNames.Of(AdrStatus.Accepted)).ToString() }
            : file with { Text = "---\nid: " + id + "\nstatus: " + AdrNames.Of(AdrStatus.Accepted) + "\n---\n" + file.Text };
}
