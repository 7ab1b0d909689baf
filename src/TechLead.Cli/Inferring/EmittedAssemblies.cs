using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Emit;
using TechLead.Cli.Checking;
using TechLead.Fitness.Engines;

namespace TechLead.Cli.Inferring;

/// <summary>
/// The compiled assemblies the fitness engines verify infer's proposals on (rules/0045): each loaded project's own
/// compilation, the one the analyzer just read, emitted with a portable PDB to a temporary folder that is deleted on
/// dispose. No build is needed, so a fresh checkout works, and the IL is of the very code the analyzer saw (a build
/// output may be stale). Package references are linked beside the emitted assemblies, as bin/ holds them: ArchUnitNET
/// resolves a referenced assembly only in the folder of the assembly it loads, and without it a base class from a package
/// (FluentValidation's <c>AbstractValidator&lt;T&gt;</c>) is unknown, so <c>must-inherit</c> failed in that engine alone.
/// Reference packs stay where they are: the engines resolve the framework from the running runtime.
/// </summary>
internal sealed class EmittedAssemblies : IDisposable
{
    private readonly string folder;

    private EmittedAssemblies(string folder, AssemblySet set, IReadOnlySet<string> projects, IReadOnlyList<string> problems)
    {
        this.folder = folder;
        Set = set;
        Projects = projects;
        Problems = problems;
    }

    /// <summary>The names of the projects whose IL the engines read (as the analyzer's findings name them).</summary>
    public IReadOnlySet<string> Projects { get; }

    /// <summary>The emitted assemblies of the target's own projects, with the folders of their references.</summary>
    public AssemblySet Set { get; }

    /// <summary>One line per project the engines could not check: it does not compile, so there is no IL to read.</summary>
    public IReadOnlyList<string> Problems { get; }

    public static async Task<EmittedAssemblies> EmitAsync(LoadedSolution loaded, ICheckProgress progress, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "techlead-infer-" + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture)[..12]);
        Directory.CreateDirectory(folder);
        try
        {
            var own = new HashSet<string>(loaded.Projects.Select(p => p.AssemblyName), StringComparer.Ordinal);
            var emitted = new List<string>();
            var checkedProjects = new HashSet<string>(StringComparer.Ordinal);
            var referenceDirectories = new SortedSet<string>(StringComparer.Ordinal) { folder };
            var linked = new List<string>();
            var referencedCompilations = new Dictionary<string, Compilation>(StringComparer.Ordinal);
            var problems = new List<string>();
            var done = new HashSet<string>(StringComparer.Ordinal);
            foreach (var project in loaded.Projects)
            {
                // A multi-targeted project loads once per framework: its first framework stands for it, as in the analyzer's findings.
                if (!done.Add(project.AssemblyName))
                {
                    continue;
                }

                progress.Report($"Emitting {project.Name} for the fitness engines");
                var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
                if (compilation is null)
                {
                    continue;
                }

                if (Emit(compilation, folder, cancellationToken) is { } error)
                {
                    problems.Add($"{project.Name} was not checked by ArchUnitNET and NetArchTest: it does not compile ({error})");
                    continue;
                }

                emitted.Add(Path.Combine(folder, compilation.AssemblyName + ".dll"));
                checkedProjects.Add(project.Name);
                foreach (var reference in compilation.References)
                {
                    if (reference is PortableExecutableReference { FilePath: { } path } && Path.GetDirectoryName(path) is { Length: > 0 } directory)
                    {
                        referenceDirectories.Add(directory);
                        if (!IsReferencePack(path) && !own.Contains(Path.GetFileNameWithoutExtension(path)))
                        {
                            linked.Add(path);
                        }
                    }
                    else if (reference is CompilationReference { Compilation: var referenced } && referenced.AssemblyName is { } name && !own.Contains(name))
                    {
                        // A project from outside the target's folder: its types are resolved, not checked.
                        referencedCompilations.TryAdd(name, referenced);
                    }
                }
            }

            foreach (var referenced in referencedCompilations.Values)
            {
                _ = Emit(referenced, folder, cancellationToken);
            }

            foreach (var path in linked)
            {
                LinkBeside(path, folder);
            }

            return new EmittedAssemblies(folder, AssemblySet.FromPaths(emitted, referenceDirectories), checkedProjects, problems);
        }
        catch
        {
            TryDelete(folder);
            throw;
        }
    }

    public void Dispose()
    {
        EngineVerdict.Forget(Set);
        TryDelete(folder);
    }

    /// <summary>Writes the assembly and its portable PDB (it tells the engines declared locals and generated files); null, or the first error.</summary>
    private static string? Emit(Compilation compilation, string folder, CancellationToken cancellationToken)
    {
        var dll = Path.Combine(folder, compilation.AssemblyName + ".dll");
        var pdb = Path.ChangeExtension(dll, ".pdb");
        File.Delete(dll); // never write through a link to a user's file
        File.Delete(pdb);
        EmitResult result;
        using (var peStream = File.Create(dll))
        using (var pdbStream = File.Create(pdb))
        {
            result = compilation.Emit(peStream, pdbStream, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb, pdbFilePath: pdb), cancellationToken: cancellationToken);
        }

        if (result.Success)
        {
            return null;
        }

        File.Delete(dll);
        File.Delete(pdb);
        var first = result.Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
        return first is null ? "the compiler emitted nothing" : $"{first.Id} {first.GetMessage(CultureInfo.InvariantCulture)}";
    }

    // Reference assemblies of the SDK's packs (…/packs/Microsoft.NETCore.App.Ref/…): never what a type runs against.
    private static bool IsReferencePack(string path) =>
        path.Replace('\\', '/').Contains("/packs/", StringComparison.OrdinalIgnoreCase);

    // A link where the file system allows one, else a copy; the first of two same-named references wins, as in bin/.
    private static void LinkBeside(string path, string folder)
    {
        var beside = Path.Combine(folder, Path.GetFileName(path));
        if (File.Exists(beside) || !File.Exists(path))
        {
            return;
        }

        try
        {
            File.CreateSymbolicLink(beside, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Copy(path, beside);
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open (another process scanning the temp folder) only leaves the folder behind in the temp directory.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
