using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using TechLead.Cli.Checking;
using TechLead.Cli.Infrastructure;
using TechLead.Rules.Model;

namespace TechLead.Cli.Output;

/// <summary>
/// GitLab Code Quality (a subset of the Code Climate issue format): a JSON array with one issue per
/// finding that is not baselined, <c>location.path</c> relative to the repository root (the folder that
/// holds docs/) and a fingerprint that survives line moves (see <see cref="FingerprintsOf"/>).
/// </summary>
internal sealed class CodeClimateFormatter : IResultFormatter
{
    public bool IsMachineReadable => true;

    public void Write(CheckResult result, TextWriter output)
    {
        var root = result.Adrs.RepositoryRoot;
        var shown = result.Findings.Where(f => !f.Baselined).ToList();
        var fingerprints = FingerprintsOf(shown, root);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartArray();
            foreach (var finding in shown)
            {
                json.WriteStartObject();
                json.WriteString("type", "issue");
                json.WriteString("check_name", SarifFormatter.RuleIdOf(finding));
                json.WriteString("description", finding.HelpUri is { } help ? $"{finding.Message} See {help}" : finding.Message);
                json.WriteString("severity", Severity(finding.Severity));
                json.WriteString("fingerprint", fingerprints[finding]);
                json.WriteStartObject("location");
                json.WriteString("path", PathDisplay.ForwardSlashRelative(finding.Path, root));
                json.WriteStartObject("lines");
                json.WriteNumber("begin", finding.Line);
                json.WriteNumber("end", Math.Max(finding.EndLine, finding.Line));
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>Code Quality's five levels: an error blocks (critical), a warning is major, an info is info.</summary>
    public static string Severity(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => "critical",
        RuleSeverity.Warning => "major",
        _ => "info",
    };

    /// <summary>
    /// SHA-256 (hex) of what identifies a violation without its position: diagnostic id, ADR, rule, the
    /// baseline key's <c>from</c> and <c>to</c>, the file (relative, '/'), and the occurrence index among
    /// findings with those same fields in source order. Moving code up or down keeps every fingerprint; two
    /// identical violations in one file stay distinct. TL9xxx problems use their message in place of from/to.
    /// </summary>
    public static IReadOnlyDictionary<Finding, string> FingerprintsOf(IEnumerable<Finding> findings, string root)
    {
        var result = new Dictionary<Finding, string>(ReferenceEqualityComparer.Instance);
        var groups = findings.GroupBy(f => IdentityOf(f, root), StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var occurrence = 0;
            foreach (var finding in group.OrderBy(f => f.Line).ThenBy(f => f.Column))
            {
                var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(group.Key + "\n" + occurrence++));
                result[finding] = Convert.ToHexStringLower(bytes);
            }
        }

        return result;
    }

    private static string IdentityOf(Finding finding, string root)
    {
        var path = PathDisplay.ForwardSlashRelative(finding.Path, root);
        return finding.IsFileProblem
            ? string.Join("\n", finding.Id, finding.Adr, path, finding.Message)
            : string.Join("\n", finding.Id, finding.Adr, finding.Rule, finding.From, finding.To, path);
    }
}
