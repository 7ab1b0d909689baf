using System.Collections.Generic;
using System.Runtime.CompilerServices;
using TechLead.Rules.Model;

namespace TechLead.Rules.Parsing.Yaml;

/// <summary>
/// Reads one YAML chunk of an ADR (front matter, a techlead block) or a baseline: <see cref="SubsetYamlReader"/>
/// when the chunk is in the subset ADRs are written in, else YamlDotNet (<see cref="YamlTreeReader"/>). Kept apart
/// from both so that a process whose ADRs are all in the subset never loads YamlDotNet (rules/0054).
/// </summary>
internal static class YamlChunkReader
{
    /// <summary>The chunk's tree (which starts at <paramref name="chunkOffset"/> in the file); null when it cannot be read, with a TL9001 in <paramref name="diagnostics"/>.</summary>
    public static YamlNode? Read(string chunk, int chunkOffset, LineMap map, string path, List<AdrDiagnostic> diagnostics) =>
        SubsetYamlReader.TryRead(chunk, chunkOffset, map, out var root)
            ? root
            : ReadWithYamlDotNet(chunk, chunkOffset, map, path, diagnostics);

    /// <summary>
    /// Never inlined: the precompiled (ReadyToRun) <see cref="Read"/> would otherwise carry a fixup for
    /// <see cref="YamlTreeReader"/>'s type (it holds a YamlDotNet field), which loads YamlDotNet before the subset reader
    /// has run, in every compiler process (measured: the loader trace of a cold <c>csc</c>, rules/0054).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static YamlNode? ReadWithYamlDotNet(string chunk, int chunkOffset, LineMap map, string path, List<AdrDiagnostic> diagnostics) =>
        YamlTreeReader.Read(chunk, chunkOffset, map, path, diagnostics);
}
