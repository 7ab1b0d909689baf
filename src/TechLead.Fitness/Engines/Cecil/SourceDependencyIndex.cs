using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace TechLead.Fitness.Engines.Cecil;

/// <summary>
/// <see cref="SourceDependencies"/> of every user type of an assembly set, read once per set per test run (with the
/// PDB where there is one: it tells the locals the user declared from the compiler's temporaries). An assembly that
/// does not load is named in <see cref="Problems"/>, and the others are still read.
/// </summary>
internal sealed class SourceDependencyIndex
{
    private static readonly ConcurrentDictionary<string, Lazy<SourceDependencyIndex>> Cache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<TypeReference>> byType = new(StringComparer.Ordinal);
    private readonly HashSet<string> generated = new(StringComparer.Ordinal);

    private SourceDependencyIndex()
    {
    }

    /// <summary>One line per assembly that could not be read (or only in part): its file name and why.</summary>
    public List<string> Problems { get; } = [];

    /// <summary>The paths of the assemblies that were read.</summary>
    public List<string> Readable { get; } = [];

    public static SourceDependencyIndex For(AssemblySet assemblies) =>
        Cache.GetOrAdd(assemblies.Key, _ => new Lazy<SourceDependencyIndex>(() => Build(assemblies), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    /// <summary>Drops the cached index of a set whose files are about to go (infer's temporary assemblies).</summary>
    public static void Forget(AssemblySet assemblies) => Cache.TryRemove(assemblies.Key, out _);

    /// <summary>The dependencies of a user type (by its assembly and Cecil full name); empty for a type the index did not read.</summary>
    public IReadOnlyList<TypeReference> Of(TypeDefinition type) =>
        byType.TryGetValue(Key(type), out var found) ? found : [];

    /// <summary>A type declared in generated files only (rules/0039): no source of dependencies, no subject of type-level rules.</summary>
    public bool IsGenerated(TypeDefinition type) => generated.Contains(Key(type));

    /// <summary>True when the index read <paramref name="type"/> (its dependencies may still be none).</summary>
    public bool Knows(TypeDefinition type) => byType.ContainsKey(Key(type));

    private static SourceDependencyIndex Build(AssemblySet assemblies)
    {
        var index = new SourceDependencyIndex();
        var resolver = CecilResolver.Create(assemblies);
        foreach (var path in assemblies.Paths)
        {
            var read = TryRead(path, resolver, out var module, out var problem);
            if (problem is not null)
            {
                index.Problems.Add(problem);
            }

            if (read)
            {
                index.Readable.Add(path);
                foreach (var type in module!.GetTypes())
                {
                    if (!CecilNames.IsCompilerGeneratedType(type) && type.Name != "<Module>")
                    {
                        index.byType[Key(type)] = SourceDependencies.Of(type);
                        if (GeneratedDocuments.DeclaresOnlyGenerated(type))
                        {
                            index.generated.Add(Key(type));
                        }
                    }
                }
            }
        }

        return index;
    }

    /// <summary>Reads a module with its symbols when they load, without them when they do not; false (with why) when the module itself does not.</summary>
    public static bool TryRead(string path, IAssemblyResolver resolver, out ModuleDefinition? module, out string? problem)
    {
        problem = null;
        try
        {
            module = Read(path, resolver, symbols: true);
            problem = MixedMode(module, path);
            return true;
        }
#pragma warning disable CA1031 // any failure to read symbols only costs the user-local distinction; the module is read again without
        catch (Exception)
#pragma warning restore CA1031
        {
        }

        try
        {
            module = Read(path, resolver, symbols: false);
            problem = MixedMode(module, path);
            return true;
        }
#pragma warning disable CA1031 // a file that is no .NET assembly (or is damaged) is reported by name; the other assemblies are still checked
        catch (Exception exception)
#pragma warning restore CA1031
        {
            module = null;
            problem = $"'{Path.GetFileName(path)}' could not be read as a .NET assembly ({exception.GetType().Name}: {exception.Message}); it was not checked, the other assemblies were";
            return false;
        }
    }

    /// <summary>A module with native code besides its IL (C++/CLI): checked, and named, with or without its symbols.</summary>
    private static string? MixedMode(ModuleDefinition module, string path) =>
        (module.Attributes & ModuleAttributes.ILOnly) == 0 ? $"'{Path.GetFileName(path)}' is a mixed-mode assembly: its IL was checked, its native code cannot be" : null;

    private static ModuleDefinition Read(string path, IAssemblyResolver resolver, bool symbols)
    {
        var parameters = new ReaderParameters { ReadingMode = ReadingMode.Immediate, InMemory = true, AssemblyResolver = resolver };
        if (symbols)
        {
            parameters.ReadSymbols = true;
            parameters.SymbolReaderProvider = new DefaultSymbolReaderProvider(throwIfNoSymbol: false);
        }

        var module = ModuleDefinition.ReadModule(path, parameters);
        if (symbols)
        {
            // Touch every body now: a PDB that does not match throws here, and the caller retries without it.
            foreach (var type in module.GetTypes())
            {
                foreach (var method in type.Methods)
                {
                    _ = method.HasBody ? method.DebugInformation?.Scope : null;
                }
            }
        }

        return module;
    }

    private static string Key(TypeDefinition type) => type.Module.Assembly.Name.Name + "|" + type.FullName;
}
