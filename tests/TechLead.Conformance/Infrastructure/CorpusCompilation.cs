using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;

namespace TechLead.Conformance.Infrastructure;

/// <summary>
/// The corpus sources compiled in memory with Roslyn against the running runtime's trusted platform
/// assemblies (the same framework the fitness engines resolve), and emitted once to a temp dll.
/// Debug code generation, as `dotnet test` builds, so locals stay in the IL. Preview language version: the Roslyn the
/// tests reference compiles C# 14 extension members (Members.cs) only as a preview feature. The interceptor a source
/// generator would add for the corpus's intercepted call is added as a generated file (<see cref="CorpusInterceptors"/>).
/// </summary>
internal static class CorpusCompilation
{
    public const string AssemblyName = "Conf.Corpus";

    public static CSharpCompilation Create(IEnumerable<CorpusFile> sources, string assemblyName = AssemblyName, OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Preview, DocumentationMode.Diagnose)
            .WithFeatures([new KeyValuePair<string, string>("InterceptorsNamespaces", CorpusInterceptors.Namespace)]);
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(SourceText.From(s.Text, Encoding.UTF8), parseOptions, s.Path)).ToList();
        return CorpusInterceptors.Add(CSharpCompilation.Create(
            assemblyName,
            trees,
            PlatformReferences(),
            new CSharpCompilationOptions(
                outputKind,
                optimizationLevel: OptimizationLevel.Debug,
                allowUnsafe: true,
                nullableContextOptions: NullableContextOptions.Disable,
                deterministic: true)));
    }

    /// <summary>Writes the assembly into a fresh temp folder and returns its path; throws with the errors if it does not compile.</summary>
    public static string Emit(CSharpCompilation compilation)
    {
        var directory = Path.Combine(Path.GetTempPath(), "techlead-conformance", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, compilation.AssemblyName + ".dll");
        using var output = File.Create(path);
        using var symbols = File.Create(Path.ChangeExtension(path, ".pdb"));

        // A portable PDB beside the dll, as `dotnet build` writes: it tells the engines the locals the user declared.
        var result = compilation.Emit(output, symbols, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb));
        if (!result.Success)
        {
            var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString());
            throw new InvalidOperationException("The conformance corpus does not compile:\n  " + string.Join("\n  ", errors));
        }

        return path;
    }

    private static IEnumerable<MetadataReference> PlatformReferences()
    {
        var paths = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string
            ?? throw new InvalidOperationException("the runtime lists no trusted platform assemblies");
        return paths.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(p => IsFramework(Path.GetFileNameWithoutExtension(p)))
            .Select(p => MetadataReference.CreateFromFile(p));
    }

    /// <summary>The framework only: the corpus must not see the test host's own assemblies.</summary>
    private static bool IsFramework(string name) =>
        name is "mscorlib" or "netstandard" || name.StartsWith("System.", StringComparison.Ordinal) || name.StartsWith("Microsoft.Win32.", StringComparison.Ordinal);
}
