using System.Collections.Generic;
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
            : YamlTreeReader.Read(chunk, chunkOffset, map, path, diagnostics);
}
