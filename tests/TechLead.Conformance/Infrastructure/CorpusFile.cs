using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace TechLead.Conformance.Infrastructure;

/// <summary>A corpus file as copied next to the test assembly: its absolute path and text.</summary>
internal sealed record CorpusFile(string Path, string Text)
{
    public static string Root => System.IO.Path.Combine(System.AppContext.BaseDirectory, "Corpus");

    /// <summary>Every file with <paramref name="extension"/> under a corpus folder (by default the shared one), in ordinal path order.</summary>
    public static IReadOnlyList<CorpusFile> All(string extension, string folder = "Corpus") =>
        Directory.GetFiles(System.IO.Path.Combine(System.AppContext.BaseDirectory, folder), "*" + extension, SearchOption.AllDirectories)
            .OrderBy(p => p, System.StringComparer.Ordinal)
            .Select(p => new CorpusFile(p, File.ReadAllText(p)))
            .ToList();
}
