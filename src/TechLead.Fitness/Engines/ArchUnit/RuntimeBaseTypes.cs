using System;
using System.Collections.Generic;
using System.Linq;
using ArchUnitNET.Domain;

namespace TechLead.Fitness.Engines.ArchUnit;

/// <summary>
/// Finishes the base-class chain where ArchUnitNET stops: it loads only the assemblies under test,
/// so <c>InvalidOperationException</c> arrives without its bases and <c>inherits: System.Exception</c>
/// would not select a type that derives from it. The rest of the chain (and its interfaces) comes from
/// the runtime's own types, which every test process can load.
/// </summary>
internal static class RuntimeBaseTypes
{
    /// <summary>The bases above <paramref name="external"/> (nearest first), or none when it is not a runtime type.</summary>
    public static IReadOnlyList<IType> Above(IType external)
    {
        var runtimeType = Resolve(external.FullName);
        var chain = new List<IType>();
        for (var current = runtimeType?.BaseType; current is not null; current = current.BaseType)
        {
            chain.Add(ToMissing(current));
        }

        return chain;
    }

    /// <summary>Every interface the runtime type implements, for the external part of a chain.</summary>
    public static IReadOnlyList<IType> InterfacesOf(IType external) =>
        Resolve(external.FullName)?.GetInterfaces().Select(ToMissing).ToList() ?? [];

    public static Type? Resolve(string fullName)
    {
        try
        {
            return Type.GetType(fullName, throwOnError: false)
                ?? AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetType(fullName, throwOnError: false)).FirstOrDefault(t => t is not null);
        }
#pragma warning disable CA1031 // an unloadable name only means the chain stays as ArchUnitNET gave it
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    private static MissingType ToMissing(Type type)
    {
        var raw = (type.IsGenericType ? type.GetGenericTypeDefinition() : type).FullName ?? type.Name;
        return new MissingType(raw, type.Namespace ?? string.Empty, type.Name, type.Assembly.GetName().Name ?? string.Empty);
    }
}
