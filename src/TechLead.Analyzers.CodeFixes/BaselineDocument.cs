using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using TechLead.Analyzers.Input;
using TechLead.Rules;
using TechLead.Rules.Baselines;
using TechLead.Rules.Model;

namespace TechLead.Analyzers.CodeFixes;

/// <summary>
/// A project's baseline, the file the analyzer reads: chosen by <see cref="BaselineSelection"/> from the project's
/// analyzer options (rules/0027): the additional file at <c>$(TechLeadBaseline)</c>, else the one whose
/// <c>TechLeadKind</c> metadata is <c>baseline</c>, else the one named <c>techlead.baseline.json</c>. When the project
/// has none, <see cref="Path"/> is where a new one goes: <c>$(TechLeadBaseline)</c>, else
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
        var options = project.AnalyzerOptions;
        var (files, chosen) = BaselineSelection.Read(options);
        var existing = chosen < 0 ? null : project.AdditionalDocuments.FirstOrDefault(d => d.FilePath is not null && d.FilePath == files[chosen].Path);
        var configured = BaselineSelection.ConfiguredPath(options.AnalyzerConfigOptionsProvider);
        return new BaselineDocument(project, existing, existing is null ? NewPath(project, configured) : files[chosen].Path);
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

    /// <summary>Where a new baseline goes: <c>$(TechLeadBaseline)</c>, else the default name in <c>$(TechLeadRepositoryRoot)</c>, else in the project's folder.</summary>
    private static string NewPath(Project project, string? configured)
    {
        var globalOptions = project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GlobalOptions;
        var folder = globalOptions.TryGetValue("build_property.TechLeadRepositoryRoot", out var root) && !string.IsNullOrWhiteSpace(root)
            ? root
            : System.IO.Path.GetDirectoryName(project.FilePath) ?? string.Empty;
        return BaselineFileChoice.PathOf(configured, folder);
    }
}

/// <summary>A baseline's entries and the line ending and encoding its file uses (kept when it is rewritten; null = unknown).</summary>
internal sealed record BaselineContent(List<BaselineEntry> Entries, string NewLine, System.Text.Encoding? Encoding);
