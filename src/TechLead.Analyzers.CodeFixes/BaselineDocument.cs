using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using TechLead.Rules;
using TechLead.Rules.Baselines;
using TechLead.Rules.Model;

namespace TechLead.Analyzers.CodeFixes;

/// <summary>
/// A project's baseline as the analyzer sees it: the additional document at <c>$(TechLeadBaseline)</c>, else the one
/// whose <c>TechLeadKind</c> metadata is <c>baseline</c>, else the one named <c>techlead.baseline.json</c>. When the
/// project has none, <see cref="Path"/> is where a new one goes: <c>$(TechLeadBaseline)</c>, else
/// <c>$(TechLeadRepositoryRoot)</c>, else the project's folder.
/// </summary>
internal sealed class BaselineDocument
{
    public const string FileName = RepositoryLayout.BaselineFileName;

    // What the CLI writes too (File.WriteAllText): UTF-8 without a byte order mark.
    private static readonly System.Text.Encoding NewFileEncoding = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    private BaselineDocument(Project project, TextDocument? existing, string path)
    {
        Project = project;
        Existing = existing;
        Path = path;
    }

    public Project Project { get; }

    public TextDocument? Existing { get; }

    public string Path { get; }

    public static BaselineDocument Find(Project project)
    {
        var globalOptions = project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GlobalOptions;
        var configured = globalOptions.TryGetValue("build_property.TechLeadBaseline", out var baseline) && !string.IsNullOrWhiteSpace(baseline) ? baseline : null;
        var documents = project.AdditionalDocuments.Where(d => d.FilePath is not null).ToList();

        var existing = documents.FirstOrDefault(d => configured is not null && SamePath(d.FilePath!, configured))
            ?? documents.FirstOrDefault(d => IsMarkedBaseline(project, d))
            ?? documents.FirstOrDefault(d => string.Equals(System.IO.Path.GetFileName(d.FilePath), FileName, StringComparison.OrdinalIgnoreCase));
        return new BaselineDocument(project, existing, existing?.FilePath ?? configured ?? NewPath(project, globalOptions));
    }

    /// <summary>The entries in the file, or null when the file cannot be read completely (a rewrite would lose entries).</summary>
    public async Task<BaselineContent?> ReadAsync(CancellationToken cancellationToken)
    {
        if (Existing is null)
        {
            return new BaselineContent([], "\n", NewFileEncoding);
        }

        var source = await Existing.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var text = source.ToString();
        var problems = new List<AdrDiagnostic>();
        var baseline = Baseline.Parse(Path, text, problems);
        var newLine = text.Contains("\r\n") ? "\r\n" : "\n";
        return problems.Count == 0 ? new BaselineContent(baseline.Entries.ToList(), newLine, source.Encoding) : null;
    }

    private static bool IsMarkedBaseline(Project project, TextDocument document)
    {
        var text = project.AnalyzerOptions.AdditionalFiles.FirstOrDefault(f => f.Path == document.FilePath);
        return text is not null
            && project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GetOptions(text).TryGetValue("build_metadata.AdditionalFiles.TechLeadKind", out var kind)
            && string.Equals(kind, "baseline", StringComparison.OrdinalIgnoreCase);
    }

    private static string NewPath(Project project, Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions globalOptions)
    {
        var folder = globalOptions.TryGetValue("build_property.TechLeadRepositoryRoot", out var root) && !string.IsNullOrWhiteSpace(root)
            ? root
            : System.IO.Path.GetDirectoryName(project.FilePath) ?? string.Empty;
        return RepositoryLayout.DefaultBaselinePath(folder);
    }

    private static bool SamePath(string left, string right) =>
        string.Equals(left.Replace('\\', '/'), right.Replace('\\', '/'), System.IO.Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
}

/// <summary>A baseline's entries and the line ending and encoding its file uses (kept when it is rewritten; null = unknown).</summary>
internal sealed record BaselineContent(List<BaselineEntry> Entries, string NewLine, System.Text.Encoding? Encoding);
