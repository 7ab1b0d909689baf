using System.Collections.Generic;
using System.IO;

namespace TechLead.Cli.Importing;

/// <summary>
/// What an import looks at: the root the user named and every file under it (absolute paths, bin/obj/.git excluded).
/// <see cref="DisplayRoot"/> (the repository root when the root lies in it) anchors the paths written into ADRs and
/// keys, so importing <c>src</c> today and <c>.</c> tomorrow finds the same ADRs.
/// </summary>
internal sealed record ImportScope(string Root, IReadOnlyList<string> Files, string? DisplayRoot = null)
{
    /// <summary>The test projects <c>techlead import</c> loaded (null: none tried, every file is read from its syntax).</summary>
    public TestCode.SemanticCode? Semantic { get; init; }

    /// <summary><paramref name="path"/> relative to <see cref="DisplayRoot"/> (else <see cref="Root"/>), with '/' separators.</summary>
    public string Display(string path) =>
        Path.GetRelativePath(DisplayRoot ?? Root, path).Replace(Path.DirectorySeparatorChar, '/');
}
