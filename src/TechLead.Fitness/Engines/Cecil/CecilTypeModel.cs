using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Mono.Cecil;
using TechLead.Rules.Selectors;

namespace TechLead.Fitness.Engines.Cecil;

/// <summary>
/// The rule core's view of Cecil types (the NetArchTest engine's handles). References are resolved
/// when structure is needed; an unresolvable one is known by name only. Answers are cached per object.
/// </summary>
internal sealed class CecilTypeModel : ITypeModel<TypeReference>
{
    private readonly ConcurrentDictionary<TypeReference, Facts> facts = new(ReferenceEqualityComparer.Instance);
    private readonly Lazy<IAssemblyResolver>? fallback;

    public CecilTypeModel()
    {
    }

    /// <param name="fallback">
    /// Resolves what the modules' own resolver does not (NetArchTest reads each file with Cecil's default one, which
    /// does not search the set's folders): a base class in another assembly of the build output.
    /// </param>
    public CecilTypeModel(Lazy<IAssemblyResolver> fallback) => this.fallback = fallback;

    public string GetFullName(TypeReference type) => Get(type).FullName;

    public string GetNamespace(TypeReference type) => Get(type).Namespace;

    public string GetName(TypeReference type) => CecilNames.Unwrap(type).Name;

    public string GetAssemblyName(TypeReference type) => Get(type).AssemblyName;

    public SelectorTypeKind GetKind(TypeReference type) => Get(type).Kind;

    public TypeVisibility GetVisibility(TypeReference type) =>
        Get(type).Definition is { } definition && (definition.IsPublic || definition.IsNestedPublic) ? TypeVisibility.Public : TypeVisibility.Internal;

    public bool IsSealed(TypeReference type) => Get(type).Definition is { IsSealed: true, IsAbstract: false };

    public bool IsStatic(TypeReference type) => Get(type).Definition is { IsSealed: true, IsAbstract: true };

    public bool IsAbstract(TypeReference type) => Get(type).Definition is { IsAbstract: true, IsSealed: false };

    public IEnumerable<TypeReference> GetBaseClasses(TypeReference type)
    {
        var current = Get(type).Definition?.BaseType;
        for (var depth = 0; current is not null && depth < 64; depth++)
        {
            yield return current;
            current = Get(current).Definition?.BaseType;
        }
    }

    public IEnumerable<TypeReference> GetAllInterfaces(TypeReference type)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<TypeReference>();
        pending.Push(type);
        foreach (var baseClass in GetBaseClasses(type))
        {
            pending.Push(baseClass);
        }

        while (pending.Count > 0)
        {
            if (Get(pending.Pop()).Definition is not { HasInterfaces: true } definition)
            {
                continue;
            }

            foreach (var implementation in definition.Interfaces)
            {
                if (seen.Add(GetFullName(implementation.InterfaceType)))
                {
                    yield return implementation.InterfaceType;
                    pending.Push(implementation.InterfaceType);
                }
            }
        }
    }

    public IEnumerable<TypeReference> GetAttributeClasses(TypeReference type)
    {
        if (Get(type).Definition is not { } definition)
        {
            yield break;
        }

        foreach (var attribute in definition.CustomAttributes)
        {
            yield return attribute.AttributeType;
        }

        // [Serializable] compiles to a metadata flag, not a custom attribute.
        if (definition.IsSerializable)
        {
            yield return new TypeReference("System", "SerializableAttribute", definition.Module, definition.Module.TypeSystem.CoreLibrary);
        }
    }

    public string? FindSettableInstanceMember(TypeReference type)
    {
        if (Get(type).Definition is not { } definition)
        {
            return null;
        }

        foreach (var field in definition.Fields)
        {
            if (!field.IsStatic && !field.IsInitOnly && !field.Name.Contains('<', StringComparison.Ordinal) && !CecilNames.IsCompilerGenerated(field))
            {
                return field.Name;
            }
        }

        foreach (var property in definition.Properties)
        {
            if (property.SetMethod is { IsStatic: false } setter && !CecilPublicStateMembers.IsInitOnly(setter))
            {
                return property.Name;
            }
        }

        return null;
    }

    public IEnumerable<PublicStateMember> GetPublicStateMembers(TypeReference type) => CecilPublicStateMembers.Of(type, this, t => Get(t).Definition);

    public IEnumerable<InstanceConstructor> GetInstanceConstructors(TypeReference type)
    {
        if (Get(type).Definition is not { } definition)
        {
            yield break;
        }

        foreach (var method in definition.Methods)
        {
            if (method.IsConstructor && !method.IsStatic)
            {
                yield return new InstanceConstructor(DeclaredMemberCollector.Visibility(method), method.Parameters.Count);
            }
        }
    }

    private Facts Get(TypeReference type) => facts.GetOrAdd(type, Create);

    private Facts Create(TypeReference type)
    {
        var element = CecilNames.Unwrap(type);
        var definition = element as TypeDefinition ?? CecilResolver.TryResolve(element) ?? (fallback is null ? null : CecilResolver.TryResolveWith(element, fallback.Value));
        var assembly = definition?.Module.Assembly.Name.Name ?? (element.Scope as AssemblyNameReference)?.Name ?? element.Module?.Assembly?.Name.Name ?? string.Empty;
        return new Facts(CecilNames.FullName(element), CecilNames.Namespace(element), assembly, Kind(definition), definition);
    }

    private static SelectorTypeKind Kind(TypeDefinition? definition)
    {
        if (definition is null)
        {
            return SelectorTypeKind.Class;
        }

        if (definition.IsInterface)
        {
            return SelectorTypeKind.Interface;
        }

        if (definition.IsEnum)
        {
            return SelectorTypeKind.Enum;
        }

        if (definition.IsValueType)
        {
            return SelectorTypeKind.Struct;
        }

        if (definition.BaseType?.FullName == "System.MulticastDelegate")
        {
            return SelectorTypeKind.Delegate;
        }

        // Records have a compiler-generated EqualityContract property.
        foreach (var property in definition.Properties)
        {
            if (property.Name == "EqualityContract")
            {
                return SelectorTypeKind.Record;
            }
        }

        return SelectorTypeKind.Class;
    }

    private sealed record Facts(string FullName, string Namespace, string AssemblyName, SelectorTypeKind Kind, TypeDefinition? Definition);
}
