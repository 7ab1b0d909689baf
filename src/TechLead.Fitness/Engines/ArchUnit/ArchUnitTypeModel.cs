using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using ArchUnitNET.Domain;
using TechLead.Rules.Selectors;

namespace TechLead.Fitness.Engines.ArchUnit;

/// <summary>
/// The rule core's view of ArchUnitNET types. Every answer is computed once per type and cached, because
/// selectors ask for names on every reference. Modifiers follow Roslyn's reading of metadata
/// (abstract+sealed = static; structs and enums are sealed; interfaces are abstract).
/// </summary>
internal sealed class ArchUnitTypeModel : ITypeModel<IType>
{
    private static readonly IType SerializableAttribute = new MissingType("System.SerializableAttribute", "System", "SerializableAttribute", "System.Runtime");
    private readonly ConcurrentDictionary<IType, Facts> facts = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<string> serializable;
    private readonly HashSet<string> topLevelProgramAssemblies;
    private readonly HashSet<string> constantFields = new(StringComparer.Ordinal);

    /// <param name="serializableTypes">
    /// Raw full names of types with the <c>serializable</c> metadata flag: <c>[Serializable]</c> is a
    /// pseudo-attribute that compiles to a flag, so ArchUnitNET never lists it among the attributes.
    /// </param>
    /// <param name="topLevelProgramAssemblies">
    /// Names of the assemblies whose global <c>Program</c> holds top-level statements: it counts as
    /// <c>&lt;assembly&gt;.Program</c> (<see cref="TopLevelProgram"/>).
    /// </param>
    public ArchUnitTypeModel(HashSet<string> serializableTypes, HashSet<string> topLevelProgramAssemblies)
    {
        serializable = serializableTypes;
        this.topLevelProgramAssemblies = topLevelProgramAssemblies;
    }

    /// <summary>Raw full names (<c>Shop.Order+Line::Max</c>) of const fields, which ArchUnitNET does not mark.</summary>
    public HashSet<string> ConstantFields => constantFields;

    /// <summary>Finds the file of a base class ArchUnitNET did not load (immutable: public-members reads its members).</summary>
    public Mono.Cecil.IAssemblyResolver? BaseResolver { get; set; }

    public string GetFullName(IType type) => Get(type).FullName;

    public string GetNamespace(IType type) => Get(type).Namespace;

    public string GetName(IType type) => Get(type).Name;

    public string GetAssemblyName(IType type) => Get(type).AssemblyName;

    public SelectorTypeKind GetKind(IType type) => Get(type).Kind;

    public TypeVisibility GetVisibility(IType type) => type.Visibility == Visibility.Public ? TypeVisibility.Public : TypeVisibility.Internal;

    public bool IsSealed(IType type) => Get(type).Sealed;

    public bool IsStatic(IType type) => Get(type).Static;

    public bool IsAbstract(IType type) => Get(type).Abstract;

    public IEnumerable<IType> GetBaseClasses(IType type) => Get(type).BaseClasses;

    public IEnumerable<IType> GetAllInterfaces(IType type) => Get(type).Interfaces;

    public IEnumerable<IType> GetAttributeClasses(IType type) =>
        serializable.Contains(type.FullName) ? [.. type.Attributes, SerializableAttribute] : type.Attributes;

    public string? FindSettableInstanceMember(IType type) => Get(type).SettableMember;

    public IEnumerable<PublicStateMember> GetPublicStateMembers(IType type) => ArchUnitPublicStateMembers.Of(type, this, constantFields, BaseResolver);

    public IEnumerable<InstanceConstructor> GetInstanceConstructors(IType type)
    {
        foreach (var member in type.Members)
        {
            if (member is MethodMember { MethodForm: MethodForm.Constructor, IsStatic: not true } constructor)
            {
                yield return new InstanceConstructor(MemberVisibilityOf(constructor.Visibility), constructor.Parameters.Count());
            }
        }
    }

    private static TechLead.Rules.Members.MemberVisibility MemberVisibilityOf(Visibility visibility) => visibility switch
    {
        Visibility.Public => TechLead.Rules.Members.MemberVisibility.Public,
        Visibility.Internal => TechLead.Rules.Members.MemberVisibility.Internal,
        Visibility.Protected => TechLead.Rules.Members.MemberVisibility.Protected,
        Visibility.ProtectedInternal => TechLead.Rules.Members.MemberVisibility.ProtectedInternal,
        Visibility.PrivateProtected => TechLead.Rules.Members.MemberVisibility.PrivateProtected,
        _ => TechLead.Rules.Members.MemberVisibility.Private,
    };

    /// <summary>ArchUnitNET's full name (<c>Shop.Order+Line</c>) with '.' for nesting, as the rule core writes it.</summary>
    public static string Normalize(string rawFullName) => rawFullName.Replace('+', '.');

    /// <summary>True for the class the compiler synthesized for top-level statements.</summary>
    public bool IsTopLevelProgram(IType type) =>
        type is not MissingType && type.FullName == TopLevelProgram.TypeName && topLevelProgramAssemblies.Contains(AssemblyName(type));

    private Facts Get(IType type) => facts.GetOrAdd(type, Create);

    private Facts Create(IType type)
    {
        var raw = type.FullName;
        var firstPlus = raw.IndexOf('+', StringComparison.Ordinal);
        var outer = firstPlus < 0 ? raw : raw.Substring(0, firstPlus);
        var lastDot = outer.LastIndexOf('.');
        var ns = type is MissingType missing ? missing.Namespace.FullName : lastDot < 0 ? string.Empty : outer.Substring(0, lastDot);
        var fullName = Normalize(raw);
        if (ns.Length == 0 && type is not MissingType && outer == TopLevelProgram.TypeName && topLevelProgramAssemblies.Contains(AssemblyName(type)))
        {
            ns = AssemblyName(type);
            fullName = ns + "." + fullName;
        }

        var nameStart = Math.Max(raw.LastIndexOf('+'), firstPlus < 0 ? lastDot : -1) + 1;
        var bases = BaseChain(type);
        var (isAbstract, isSealed) = Flags(type);
        return new Facts(
            fullName,
            ns,
            raw.Substring(nameStart),
            AssemblyName(type),
            Kind(type, bases),
            isSealed && !isAbstract,
            isSealed && isAbstract,
            isAbstract && !isSealed,
            bases,
            AllInterfaces(type, bases),
            SettableMember(type));
    }

    private static string AssemblyName(IType type)
    {
        if (type is MissingType missing)
        {
            return missing.AssemblyName;
        }

        var name = type.Assembly?.Name ?? string.Empty;
        var comma = name.IndexOf(',', StringComparison.Ordinal);
        return comma < 0 ? name : name.Substring(0, comma);
    }

    private static (bool Abstract, bool Sealed) Flags(IType type) => type switch
    {
        Class c => (c.IsAbstract == true, c.IsSealed == true),
        Interface => (true, false),
        Struct or ArchUnitNET.Domain.Enum => (false, true),
        _ => (false, false),
    };

    private static SelectorTypeKind Kind(IType type, IType[] bases)
    {
        switch (type)
        {
            case Interface:
                return SelectorTypeKind.Interface;
            case Struct:
                return SelectorTypeKind.Struct;
            case ArchUnitNET.Domain.Enum:
                return SelectorTypeKind.Enum;
            case Class { IsRecord: true }:
                return SelectorTypeKind.Record;
        }

        foreach (var baseClass in bases)
        {
            if (baseClass.FullName == "System.MulticastDelegate")
            {
                return SelectorTypeKind.Delegate;
            }
        }

        return SelectorTypeKind.Class;
    }

    private static IType[] BaseChain(IType type)
    {
        var chain = new List<IType>();
        var current = BaseOf(type);
        while (current is not null && chain.Count < 64)
        {
            chain.Add(current);
            var next = BaseOf(current);
            if (next is null && current.FullName != "System.Object")
            {
                chain.AddRange(RuntimeBaseTypes.Above(current));
                break;
            }

            current = next;
        }

        return chain.ToArray();
    }

    private static Class? BaseOf(IType type) => type switch
    {
        Class c => c.BaseClass,
        Struct s => s.BaseClass,
        ArchUnitNET.Domain.Enum e => e.BaseClass,
        _ => null,
    };

    private static IType[] AllInterfaces(IType type, IType[] bases)
    {
        var found = new List<IType>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<IType>();
        pending.Push(type);
        foreach (var baseClass in bases)
        {
            pending.Push(baseClass);
        }

        while (pending.Count > 0)
        {
            var next = pending.Pop();
            var interfaces = next is MissingType ? RuntimeBaseTypes.InterfacesOf(next) : next.ImplementedInterfaces;
            foreach (var candidate in interfaces)
            {
                if (seen.Add(candidate.FullName))
                {
                    found.Add(candidate);
                    pending.Push(candidate);
                }
            }
        }

        return found.ToArray();
    }

    private static string? SettableMember(IType type)
    {
        foreach (var member in type.Members)
        {
            if (member is (FieldMember or PropertyMember) and { IsStatic: not true, Writability: Writability.Writable, IsCompilerGenerated: false })
            {
                return member.Name;
            }
        }

        return null;
    }

    private sealed record Facts(
        string FullName,
        string Namespace,
        string Name,
        string AssemblyName,
        SelectorTypeKind Kind,
        bool Sealed,
        bool Static,
        bool Abstract,
        IType[] BaseClasses,
        IType[] Interfaces,
        string? SettableMember);
}
