using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace TechLead.Fitness.Examples;

/// <summary>
/// Compiles C# source in memory with Roslyn into a library under a private temp folder, referencing
/// the running runtime's trusted platform assemblies plus the given assemblies (those under test).
/// </summary>
internal static class SnippetCompiler
{
    private static readonly Lazy<IReadOnlyList<(string Name, MetadataReference Reference)>> PlatformReferences = new(LoadPlatformReferences);
    private static readonly ConcurrentDictionary<string, MetadataReference> FileReferences = new(StringComparer.Ordinal);

    /// <summary>The written assembly's path, or the compiler errors (<c>file(line,col): error CSxxxx: ...</c>).</summary>
    public static CompileResult Compile(string assemblyName, IEnumerable<string> sources, IEnumerable<string> referencePaths, OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary)
    {
        var trees = sources.Select((text, i) => CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(LanguageVersion.Latest), path: $"{assemblyName}.{i}.cs")).ToList();
        var explicitPaths = referencePaths.Select(Path.GetFullPath).ToList();
        var explicitNames = new HashSet<string>(explicitPaths.Select(Path.GetFileNameWithoutExtension)!, StringComparer.OrdinalIgnoreCase);

        // An assembly under test is often also a trusted platform assembly of the test host: reference it once.
        var references = PlatformReferences.Value.Where(p => !explicitNames.Contains(p.Name)).Select(p => p.Reference)
            .Concat(explicitPaths.Select(p => FileReferences.GetOrAdd(p, f => MetadataReference.CreateFromFile(f))));
        var compilation = CSharpCompilation.Create(
            assemblyName,
            trees,
            references,
            new CSharpCompilationOptions(outputKind, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));
        var directory = Path.Combine(Path.GetTempPath(), "techlead-fitness", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, assemblyName + ".dll");
        using (var output = File.Create(path))
        {
            var emitted = compilation.Emit(output);
            if (!emitted.Success)
            {
                var errors = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
                return new CompileResult(null, errors);
            }
        }

        return new CompileResult(path, []);
    }

    /// <summary>Deletes the private folder of a compiled assembly (best effort: a loaded file may stay).</summary>
    public static void Delete(string assemblyPath)
    {
        try
        {
            Directory.Delete(Path.GetDirectoryName(assemblyPath)!, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static List<(string Name, MetadataReference Reference)> LoadPlatformReferences()
    {
        var list = new List<(string, MetadataReference)>();
        if (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") is string paths)
        {
            foreach (var path in paths.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                list.Add((Path.GetFileNameWithoutExtension(path), MetadataReference.CreateFromFile(path)));
            }
        }

        return list;
    }
}

/// <summary>The assembly a compilation wrote, or why it could not.</summary>
internal sealed record CompileResult(string? AssemblyPath, IReadOnlyList<string> Errors);
