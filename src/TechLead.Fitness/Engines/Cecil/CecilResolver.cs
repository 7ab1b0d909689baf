using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Mono.Cecil;

namespace TechLead.Fitness.Engines.Cecil;

/// <summary>
/// Resolves references from the folders of the assemblies under test, the NuGet packages their <c>.deps.json</c> names
/// (a class library's build output does not copy its packages), then the running runtime's shared frameworks, then
/// the set's reference folders (what a compilation emitted by a tool referenced).
/// </summary>
internal static class CecilResolver
{
    public static DefaultAssemblyResolver Create(AssemblySet assemblies)
    {
        var resolver = new DefaultAssemblyResolver();
        foreach (var path in assemblies.Paths)
        {
            if (Path.GetDirectoryName(path) is { } directory)
            {
                resolver.AddSearchDirectory(directory);
            }
        }

        foreach (var directory in PackageDirectories(assemblies))
        {
            resolver.AddSearchDirectory(directory);
        }

        if (Path.GetDirectoryName(typeof(object).Assembly.Location) is { Length: > 0 } runtime)
        {
            resolver.AddSearchDirectory(runtime);
            foreach (var shared in SharedFrameworks(runtime))
            {
                resolver.AddSearchDirectory(shared);
            }
        }

        foreach (var directory in assemblies.ReferenceDirectories)
        {
            resolver.AddSearchDirectory(directory);
        }

        return resolver;
    }

    /// <summary>Resolution that never throws: a missing dependency only means less is known about a type.</summary>
    public static TypeDefinition? TryResolve(TypeReference type)
    {
        try
        {
            return type.Resolve();
        }
        catch (AssemblyResolutionException)
        {
            return null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>A type of another assembly found through <paramref name="resolver"/>, or null.</summary>
    public static TypeDefinition? TryResolveWith(TypeReference type, IAssemblyResolver resolver) =>
        type.Scope is AssemblyNameReference assembly ? TryResolveWith(assembly, type.FullName, resolver) : null;

    /// <summary>The type <paramref name="cecilFullName"/> (nested types joined by '/') of <paramref name="assembly"/>, found through <paramref name="resolver"/>, or null.</summary>
    public static TypeDefinition? TryResolveWith(AssemblyNameReference assembly, string cecilFullName, IAssemblyResolver resolver)
    {
        try
        {
            return resolver.Resolve(assembly)?.MainModule.GetType(cecilFullName);
        }
        catch (AssemblyResolutionException)
        {
            return null;
        }
        catch (BadImageFormatException)
        {
            return null;
        }
    }

    /// <summary>A called method's definition, or null when its assembly does not load.</summary>
    public static MethodDefinition? TryResolveMethod(MethodReference method)
    {
        try
        {
            return method.Resolve();
        }
        catch (AssemblyResolutionException)
        {
            return null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>The package folders of the runtime assets each assembly's <c>.deps.json</c> lists, where the NuGet cache has them.</summary>
    private static SortedSet<string> PackageDirectories(AssemblySet assemblies)
    {
        var root = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in assemblies.Paths)
        {
            var depsFile = Path.ChangeExtension(path, ".deps.json");
            if (!File.Exists(depsFile))
            {
                continue;
            }

            try
            {
                using var deps = JsonDocument.Parse(File.ReadAllText(depsFile));
                if (!deps.RootElement.TryGetProperty("libraries", out var libraries) || !deps.RootElement.TryGetProperty("targets", out var targets))
                {
                    continue;
                }

                foreach (var target in targets.EnumerateObject())
                {
                    foreach (var library in target.Value.EnumerateObject())
                    {
                        if (libraries.TryGetProperty(library.Name, out var described) && described.TryGetProperty("path", out var packagePath)
                            && library.Value.TryGetProperty("runtime", out var runtime))
                        {
                            foreach (var asset in runtime.EnumerateObject())
                            {
                                var directory = Path.GetDirectoryName(Path.Combine(root, packagePath.GetString() ?? string.Empty, asset.Name));
                                if (directory is not null && Directory.Exists(directory))
                                {
                                    found.Add(directory);
                                }
                            }
                        }
                    }
                }
            }
            catch (JsonException)
            {
                // A damaged deps file only means fewer references resolve.
            }
        }

        return found;
    }

    /// <summary>The newest ASP.NET Core and other shared frameworks beside the running runtime (a web project's references).</summary>
    private static IEnumerable<string> SharedFrameworks(string runtime)
    {
        var shared = Path.GetDirectoryName(Path.GetDirectoryName(runtime));
        if (shared is null || !Directory.Exists(shared))
        {
            yield break;
        }

        foreach (var framework in Directory.GetDirectories(shared))
        {
            if (!framework.EndsWith("Microsoft.NETCore.App", StringComparison.Ordinal)
                && Directory.GetDirectories(framework).OrderBy(d => d, StringComparer.Ordinal).LastOrDefault() is { } newest)
            {
                yield return newest;
            }
        }
    }
}
