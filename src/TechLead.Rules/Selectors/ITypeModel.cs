using System.Collections.Generic;

namespace TechLead.Rules.Selectors;

/// <summary>
/// How an engine shows its types to the rule core. The Roslyn analyzer implements it over symbols,
/// the fitness engines over ArchUnitNET and reflection types, so one selector and rule logic serves all.
/// Implementations should cache the strings they return: matching calls these on hot paths.
/// </summary>
/// <typeparam name="TType">The engine's type handle.</typeparam>
public interface ITypeModel<TType>
{
    /// <summary>Namespace, containing types and the type joined by '.', metadata arity (<c>Shop.Repo`1</c>).</summary>
    string GetFullName(TType type);

    /// <summary>The containing namespace; empty for the global namespace.</summary>
    string GetNamespace(TType type);

    /// <summary>The simple metadata name (<c>Repo`1</c>).</summary>
    string GetName(TType type);

    string GetAssemblyName(TType type);

    SelectorTypeKind GetKind(TType type);

    /// <summary>The declared accessibility: public, or anything narrower (internal).</summary>
    TypeVisibility GetVisibility(TType type);

    /// <summary>Sealed classes and records, structs, enums and delegates; not static classes (rules/0035).</summary>
    bool IsSealed(TType type);

    /// <summary>Static classes (abstract and sealed in IL).</summary>
    bool IsStatic(TType type);

    /// <summary>Abstract classes and records, and interfaces; not static classes (rules/0035).</summary>
    bool IsAbstract(TType type);

    /// <summary>The base-class chain, nearest first, without the type itself.</summary>
    IEnumerable<TType> GetBaseClasses(TType type);

    /// <summary>Every interface, directly or through a base class or another interface.</summary>
    IEnumerable<TType> GetAllInterfaces(TType type);

    /// <summary>The attribute classes applied to the type itself.</summary>
    IEnumerable<TType> GetAttributeClasses(TType type);

    /// <summary>The name of a settable instance field or property, or null when the type is immutable.</summary>
    string? FindSettableInstanceMember(TType type);

    /// <summary>
    /// The public fields and properties the type declares and inherits from its base classes, instance and static,
    /// with those of a base that metadata cannot show left out; the rule core decides what breaks
    /// <c>immutable: public-members</c> (<see cref="TechLead.Rules.Model.PublicMembersImmutability"/>).
    /// </summary>
    IEnumerable<PublicStateMember> GetPublicStateMembers(TType type);

    /// <summary>
    /// The type's instance constructors as its metadata holds them (what reflection's <c>GetConstructors</c> lists):
    /// the ones written and the ones C# adds (a class's parameterless constructor, a record's copy constructor, a
    /// delegate's), not a struct's implied parameterless one, which metadata does not hold; empty for interfaces.
    /// </summary>
    IEnumerable<InstanceConstructor> GetInstanceConstructors(TType type);
}
