using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace TechLead.Conformance.Differential;

/// <summary>
/// One sample solution (samples/Shop, samples/Modular) compiled in memory, one compilation per project in dependency
/// order, each referencing the projects before it as emitted images (as a build does), against the running runtime and
/// ASP.NET Core shared frameworks; its docs/adr files are the ADRs.
/// </summary>
internal sealed class SampleCompilations
{
    // What the SDK defines for a net10.0 Debug build; the samples' #if directives, if any, see the same symbols.
    private static readonly string[] PreprocessorSymbols = ["DEBUG", "TRACE", "NET", "NET10_0", "NETCOREAPP", "NET10_0_OR_GREATER", "NETCOREAPP3_0_OR_GREATER"];

    private SampleCompilations(string directory, IReadOnlyList<CSharpCompilation> projects, IReadOnlyList<AdditionalText> adrs)
    {
        Directory = directory;
        Projects = projects;
        Adrs = adrs;
    }

    public string Directory { get; }

    /// <summary>Every project's compilation, dependencies first.</summary>
    public IReadOnlyList<CSharpCompilation> Projects { get; }

    public IReadOnlyList<AdditionalText> Adrs { get; }

    /// <summary>Compiles every project of the sample; throws with the compiler's errors when one does not compile.</summary>
    public static SampleCompilations Create(string sampleDirectory)
    {
        var projects = System.IO.Directory.GetFiles(sampleDirectory, "*.csproj", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(p => SampleProject.Read(p, sampleDirectory))
            .ToDictionary(p => p.Name, StringComparer.Ordinal);
        var emitted = new Dictionary<string, MetadataReference>(StringComparer.Ordinal);
        var compilations = new List<CSharpCompilation>();
        foreach (var project in InDependencyOrder(projects))
        {
            var compilation = Compile(project, projects, emitted, sampleDirectory);
            emitted.Add(project.Name, Emit(compilation));
            compilations.Add(compilation);
        }

        var adrs = System.IO.Directory.GetFiles(Path.Combine(sampleDirectory, "docs", "adr"), "*.md")
            .Order(StringComparer.Ordinal)
            .Concat(ProbesFor(sampleDirectory))
            .Select(p => (AdditionalText)new TextFile(p, File.ReadAllText(p)))
            .ToList();
        return new SampleCompilations(sampleDirectory, compilations, adrs);
    }

    private static CSharpCompilation Compile(SampleProject project, Dictionary<string, SampleProject> projects, Dictionary<string, MetadataReference> emitted, string sampleDirectory)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Parse, SourceCodeKind.Regular, PreprocessorSymbols);
        var trees = project.Sources.Select(p => CSharpSyntaxTree.ParseText(SourceText.From(File.ReadAllText(p)), parseOptions, p));
        var references = new List<MetadataReference>(SharedFramework("Microsoft.NETCore.App"));
        if (project.IsWeb || project.FrameworkReferences.Contains("Microsoft.AspNetCore.App"))
        {
            references.AddRange(SharedFramework("Microsoft.AspNetCore.App"));
        }

        // Every project the sample's projects reach (a build passes them transitively).
        references.AddRange(Reachable(project, projects).Select(name => emitted[name]));
        references.AddRange(project.OutsideReferences.SelectMany(HostAssemblies));
        var compilation = CSharpCompilation.Create(
            project.Name,
            trees,
            references.DistinctBy(r => r.Display, StringComparer.Ordinal),
            new CSharpCompilationOptions(
                project.IsWeb ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
                optimizationLevel: OptimizationLevel.Debug,
                nullableContextOptions: NullableOf(sampleDirectory),
                deterministic: true));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"{project.Name} does not compile in memory:\n  " + string.Join("\n  ", errors.Take(20)));
        }

        return compilation;
    }

    private static PortableExecutableReference Emit(CSharpCompilation compilation)
    {
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        if (!result.Success)
        {
            throw new InvalidOperationException($"{compilation.AssemblyName} does not emit:\n  " + string.Join("\n  ", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }

        return MetadataReference.CreateFromImage(image.ToArray(), filePath: compilation.AssemblyName + ".dll");
    }

    private static List<SampleProject> InDependencyOrder(Dictionary<string, SampleProject> projects)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var order = new List<SampleProject>();
        foreach (var project in projects.Values)
        {
            Visit(project, []);
        }

        return order;

        void Visit(SampleProject project, HashSet<string> path)
        {
            if (done.Contains(project.Name))
            {
                return;
            }

            if (!path.Add(project.Name))
            {
                throw new InvalidOperationException($"project references form a cycle through {project.Name}");
            }

            foreach (var reference in project.ProjectReferences)
            {
                Visit(projects[reference], path);
            }

            done.Add(project.Name);
            order.Add(project);
        }
    }

    private static SortedSet<string> Reachable(SampleProject project, Dictionary<string, SampleProject> projects)
    {
        var seen = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(project.ProjectReferences);
        while (pending.TryPop(out var name))
        {
            if (seen.Add(name))
            {
                foreach (var next in projects[name].ProjectReferences)
                {
                    pending.Push(next);
                }
            }
        }

        return seen;
    }

    /// <summary>The assemblies of a shared framework of the running .NET, at the version the test host runs on (or the newest).</summary>
    private static IEnumerable<MetadataReference> SharedFramework(string name)
    {
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var frameworks = Path.GetDirectoryName(Path.GetDirectoryName(runtime))!;
        var versions = Path.Combine(frameworks, name);
        var directory = Path.Combine(versions, Path.GetFileName(runtime));
        if (!System.IO.Directory.Exists(directory))
        {
            directory = System.IO.Directory.GetDirectories(versions).Order(StringComparer.Ordinal).Last();
        }

        return System.IO.Directory.GetFiles(directory, "*.dll").Order(StringComparer.Ordinal).Select(p => MetadataReference.CreateFromFile(p));
    }

    /// <summary>A package or a TechLead project the sample references: the assemblies of that name the test host carries (xunit.core for xunit).</summary>
    private static IEnumerable<MetadataReference> HostAssemblies(string name) =>
        System.IO.Directory.GetFiles(AppContext.BaseDirectory, "*.dll")
            .Where(p => Path.GetFileNameWithoutExtension(p) is var file && (file == name || file.StartsWith(name + ".", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)
            .Select(p => MetadataReference.CreateFromFile(p));

    /// <summary>
    /// The test's own ADRs for the sample (Differential/Probes/&lt;sample&gt;), written to break often: a sample that passes
    /// (Modular) has no diagnostic a wrong filter could lose.
    /// </summary>
    private static IEnumerable<string> ProbesFor(string sampleDirectory)
    {
        var probes = RepoPaths.Combine("tests", "TechLead.Conformance", "Differential", "Probes", Path.GetFileName(sampleDirectory));
        return System.IO.Directory.Exists(probes) ? System.IO.Directory.GetFiles(probes, "*.md").Order(StringComparer.Ordinal) : [];
    }

    private static NullableContextOptions NullableOf(string sampleDirectory)
    {
        var props = System.Xml.Linq.XDocument.Load(Path.Combine(sampleDirectory, "Directory.Build.props"));
        if (props.Descendants("ImplicitUsings").Any(e => e.Value.Trim() == "enable"))
        {
            throw new NotSupportedException($"{sampleDirectory}: implicit usings are on; the differential test does not generate them");
        }

        return props.Descendants("Nullable").Any(e => e.Value.Trim() == "enable") ? NullableContextOptions.Enable : NullableContextOptions.Disable;
    }
}
