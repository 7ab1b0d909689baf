using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace TechLead.Analyzers.Input;

/// <summary>
/// One additional file the analyzer reads (an ADR, a diagram beside it, or the baseline) with its text. A class, not a
/// tuple: collections and LINQ over a struct of ours are JIT-compiled in every cold compiler process, since the
/// precompiled package cannot hold the runtime's generic code for them (rules/0060).
/// </summary>
internal sealed class AdrInputFile(AdditionalText file, AdrInputRole role, SourceText? text)
{
    public AdditionalText File { get; } = file;

    public AdrInputRole Role { get; } = role;

    /// <summary>Null when the file cannot be read.</summary>
    public SourceText? Text { get; } = text;

    public string Path => File.Path;

    /// <summary>An ADR folder's <c>.puml</c> diagram (rules/0037): read beside the ADRs, never parsed as one.</summary>
    public bool IsDiagram => Role == AdrInputRole.Adr && AdrInputs.DiagramFile(Path);
}

/// <summary>What an additional file is to the analyzer.</summary>
internal enum AdrInputRole
{
    None,
    Adr,
    Baseline,
}
