using System;
using System.IO;
using Mono.Cecil;

namespace TechLead.Fitness.Engines.Cecil;

/// <summary>Resolves references from the folders of the assemblies under test, then the running runtime's folder.</summary>
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

        if (Path.GetDirectoryName(typeof(object).Assembly.Location) is { Length: > 0 } runtime)
        {
            resolver.AddSearchDirectory(runtime);
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
}
