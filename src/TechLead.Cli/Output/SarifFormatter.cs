using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using TechLead.Cli.Checking;
using TechLead.Cli.Infrastructure;
using TechLead.Rules;
using TechLead.Rules.Evaluation;
using TechLead.Rules.Model;

namespace TechLead.Cli.Output;

/// <summary>
/// SARIF 2.1.0 for code scanning. Each ADR rule is a <c>reportingDescriptor</c> with id
/// <c>TL0002/ADR-0007/domain-no-infra</c> and the ADR link as <c>helpUri</c>; TL9xxx problems use
/// the bare diagnostic id. Locations are relative to <c>%SRCROOT%</c> (the repository root);
/// baselined results carry an external suppression.
/// </summary>
internal sealed class SarifFormatter : IResultFormatter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string RootId = "%SRCROOT%";

    public bool IsMachineReadable => true;

    public void Write(CheckResult result, TextWriter output)
    {
        var root = result.Adrs.RepositoryRoot;
        var descriptors = Descriptors(result);
        var index = descriptors.Select((d, i) => (d.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "techlead");
            json.WriteString("semanticVersion", ToolVersion.Current);
            json.WriteStartArray("rules");
            foreach (var descriptor in descriptors)
            {
                WriteDescriptor(json, descriptor);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(RootId);
            json.WriteString("uri", new Uri(root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar).AbsoluteUri);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            foreach (var finding in result.Findings)
            {
                var ruleId = RuleIdOf(finding);
                WriteResult(json, finding, ruleId, index[ruleId], root);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    public static string RuleIdOf(Finding finding) =>
        finding is { IsFileProblem: false, Adr: { } adr, Rule: { } rule } ? $"{finding.Id}/{adr}/{rule}" : finding.Id;

    private static List<Descriptor> Descriptors(CheckResult result)
    {
        var descriptors = new Dictionary<string, Descriptor>(StringComparer.Ordinal);
        foreach (var rule in result.Adrs.Set.ActiveRules)
        {
            var id = $"{rule.DiagnosticId}/{rule.QualifiedId}";
            descriptors[id] = new Descriptor(id, rule.QualifiedId, rule.Adr.Title, rule.Reason, HelpLinks.For(Path.GetFullPath(rule.Adr.Path), rule.Id, result.AdrBaseUrl, Path.GetFullPath(result.Adrs.RepositoryRoot)), rule.EffectiveSeverity, rule.DiagnosticId, rule.Adr.Id, rule.Id);
        }

        foreach (var finding in result.Findings)
        {
            var id = RuleIdOf(finding);
            if (finding.HelpUri is { } help && descriptors.TryGetValue(id, out var known))
            {
                // The analyzer's own link wins: it saw the project's TechLeadAdrBaseUrl.
                descriptors[id] = known with { HelpUri = help };
            }
            else if (!descriptors.ContainsKey(id))
            {
                descriptors[id] = finding.IsFileProblem
                    ? new Descriptor(id, id, FileProblemTitle(id), FileProblemTitle(id), null, finding.Severity, id, null, null)
                    : new Descriptor(id, $"{finding.Adr}/{finding.Rule}", finding.Adr ?? id, finding.Message, finding.HelpUri, finding.Severity, finding.Id, finding.Adr, finding.Rule);
            }
        }

        return descriptors.Values.OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
    }

    private static void WriteDescriptor(Utf8JsonWriter json, Descriptor descriptor)
    {
        json.WriteStartObject();
        json.WriteString("id", descriptor.Id);
        json.WriteString("name", descriptor.Name);
        json.WriteStartObject("shortDescription");
        json.WriteString("text", descriptor.Title);
        json.WriteEndObject();
        json.WriteStartObject("fullDescription");
        json.WriteString("text", descriptor.Description);
        json.WriteEndObject();
        if (descriptor.HelpUri is { } help)
        {
            json.WriteString("helpUri", help);
        }

        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", Level(descriptor.Severity));
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("diagnosticId", descriptor.DiagnosticId);
        if (descriptor.Adr is not null)
        {
            json.WriteString("adr", descriptor.Adr);
            json.WriteString("rule", descriptor.Rule);
        }

        json.WriteStartArray("tags");
        json.WriteStringValue("architecture");
        if (descriptor.Adr is not null)
        {
            json.WriteStringValue(descriptor.Adr);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Finding finding, string ruleId, int ruleIndex, string root)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", ruleId);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(finding.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", finding.Message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", PathDisplay.ForwardSlashRelative(finding.Path, root));
        json.WriteString("uriBaseId", RootId);
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", finding.Line);
        json.WriteNumber("startColumn", finding.Column);
        json.WriteNumber("endLine", Math.Max(finding.EndLine, finding.Line));
        json.WriteNumber("endColumn", finding.EndLine > finding.Line ? finding.EndColumn : Math.Max(finding.EndColumn, finding.Column));
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        if (finding.Baselined)
        {
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", "external");
            json.WriteString("justification", "frozen in techlead.baseline.json");
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteStartObject("properties");
        if (finding.Project is not null)
        {
            json.WriteString("project", finding.Project);
        }

        if (finding.Namespace is not null)
        {
            json.WriteString("namespace", finding.Namespace);
        }

        if (finding.Owners.Count > 0)
        {
            json.WriteString("owners", string.Join(",", finding.Owners));
        }

        if (finding.CodeOwners.Count > 0)
        {
            json.WriteString("codeOwners", string.Join(",", finding.CodeOwners));
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static string Level(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => "error",
        RuleSeverity.Warning => "warning",
        RuleSeverity.Info => "note",
        _ => "none",
    };

    /// <summary>The analyzer descriptor's title (<see cref="DiagnosticCatalog"/>).</summary>
    private static string FileProblemTitle(string id) => DiagnosticCatalog.Find(id)?.Title ?? id;

    private sealed record Descriptor(string Id, string Name, string Title, string Description, string? HelpUri, RuleSeverity Severity, string DiagnosticId, string? Adr, string? Rule);
}
