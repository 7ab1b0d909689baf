using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TechLead.Conformance.Infrastructure;

namespace TechLead.Conformance.ImportRoundTrip;

/// <summary>
/// The round-trip code base (<c>ImportRoundTrip/CleanShop</c>): its projects compiled with Roslyn in
/// dependency order, one assembly each, emitted into one folder so that the architecture tests, the
/// fitness engines and the analyzer all read the same assemblies.
/// </summary>
internal sealed class RoundTripProjects
{
    private RoundTripProjects(string root, string outputDirectory, IReadOnlyList<CSharpCompilation> compilations, IReadOnlyList<string> assemblyPaths)
    {
        Root = root;
        OutputDirectory = outputDirectory;
        Compilations = compilations;
        AssemblyPaths = assemblyPaths;
    }

    public string Root { get; }

    public string OutputDirectory { get; }

    public IReadOnlyList<CSharpCompilation> Compilations { get; }

    public IReadOnlyList<string> AssemblyPaths { get; }

    /// <summary>Compiles <paramref name="projects"/> (folder names under <c>src</c>) in the order given, each referencing the ones before.</summary>
    public static RoundTripProjects Build(string name, params string[] projects)
    {
        var root = Path.Combine(AppContext.BaseDirectory, "ImportRoundTrip", name);
        var output = Path.Combine(Path.GetTempPath(), "techlead-import-roundtrip", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(output);
        var compilations = new List<CSharpCompilation>();
        var paths = new List<string>();
        foreach (var project in projects)
        {
            var sources = Directory.GetFiles(Path.Combine(root, "src", project), "*.cs", SearchOption.AllDirectories)
                .OrderBy(p => p, StringComparer.Ordinal)
                .Select(p => new CorpusFile(p, File.ReadAllText(p)));
            var compilation = CorpusCompilation.Create(sources, project)
                .AddReferences(paths.Select(p => MetadataReference.CreateFromFile(p)));
            var path = Path.Combine(output, project + ".dll");
            Emit(compilation, path);
            compilations.Add(compilation);
            paths.Add(path);
        }

        return new RoundTripProjects(root, output, compilations, paths);
    }

    public static void Emit(CSharpCompilation compilation, string path)
    {
        using var stream = File.Create(path);
        var result = compilation.Emit(stream);
        if (!result.Success)
        {
            throw new InvalidOperationException($"{compilation.AssemblyName} does not compile:\n  " + string.Join("\n  ", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }
    }
}
