using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using TechLead.Cli.Adrs;
using TechLead.Cli.Checking;
using TechLead.Cli.Infrastructure;

namespace TechLead.Cli.Output;

/// <summary>
/// The stable JSON document of docs/cli.md (schemaVersion 1). Paths are relative to the repository
/// root with '/' so the output is the same on every machine; baselined violations are included and flagged.
/// </summary>
internal sealed class JsonFormatter : IResultFormatter
{
    public const int SchemaVersion = 1;

    public bool IsMachineReadable => true;

    public void Write(CheckResult result, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            var root = result.Adrs.RepositoryRoot;
            var summary = ResultSummary.Of(result);
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", SchemaVersion);
            json.WriteStartObject("tool");
            json.WriteString("name", "techlead");
            json.WriteString("version", ToolVersion.Current);
            json.WriteEndObject();
            json.WriteString("target", PathDisplay.ForwardSlashRelative(result.Target, root));
            json.WriteString("repositoryRoot", root);
            json.WriteStartArray("projects");
            foreach (var project in result.Projects)
            {
                json.WriteStringValue(project);
            }

            json.WriteEndArray();
            json.WriteStartObject("summary");
            json.WriteNumber("errors", summary.Errors);
            json.WriteNumber("warnings", summary.Warnings);
            json.WriteNumber("infos", summary.Infos);
            json.WriteNumber("baselined", summary.Baselined);
            json.WriteNumber("fileProblems", summary.FileProblems);
            json.WriteBoolean("failed", result.Fails);
            json.WriteString("changedSince", result.ChangedSince?.Reference);
            json.WriteNumber("outsideChangedLines", result.ChangedSince?.OutsideChangedLines ?? 0);
            json.WriteEndObject();
            json.WriteStartArray("adrs");
            foreach (var group in ResultSummary.ByAdr(result.Findings))
            {
                var document = result.Adrs.Set.FindById(group.Key);
                json.WriteStartObject();
                json.WriteString("id", group.Key);
                json.WriteString("title", document?.Title);
                json.WriteString("status", document is null ? null : AdrNames.Of(document.Status));
                json.WriteString("path", document is null ? null : PathDisplay.ForwardSlashRelative(document.Path, root));
                json.WriteStartArray("violations");
                foreach (var finding in group)
                {
                    WriteFinding(json, finding, root);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("problems");
            foreach (var finding in result.Findings.Where(f => f.IsFileProblem))
            {
                WriteFinding(json, finding, root);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteFinding(Utf8JsonWriter json, Finding finding, string root)
    {
        json.WriteStartObject();
        json.WriteString("id", finding.Id);
        json.WriteString("severity", AdrNames.Of(finding.Severity));
        json.WriteString("message", finding.Message);
        json.WriteString("path", PathDisplay.ForwardSlashRelative(finding.Path, root));
        json.WriteNumber("line", finding.Line);
        json.WriteNumber("column", finding.Column);
        json.WriteNumber("endLine", finding.EndLine);
        json.WriteNumber("endColumn", finding.EndColumn);
        json.WriteString("helpUri", finding.HelpUri);
        json.WriteString("adr", finding.Adr);
        json.WriteString("rule", finding.Rule);
        json.WriteString("from", finding.From);
        json.WriteString("to", finding.To);
        json.WriteString("project", finding.Project);
        json.WriteString("namespace", finding.Namespace);
        json.WriteStartArray("owners");
        foreach (var owner in finding.Owners)
        {
            json.WriteStringValue(owner);
        }

        json.WriteEndArray();
        json.WriteStartArray("codeOwners");
        foreach (var owner in finding.CodeOwners)
        {
            json.WriteStringValue(owner);
        }

        json.WriteEndArray();
        json.WriteBoolean("baselined", finding.Baselined);
        json.WriteEndObject();
    }
}
