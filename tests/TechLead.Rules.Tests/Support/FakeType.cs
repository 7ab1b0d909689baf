using System.Collections.Generic;
using System.Linq;
using TechLead.Rules.Selectors;

namespace TechLead.Rules.Tests.Support;

/// <summary>A hand-built type for selector and evaluation tests.</summary>
internal sealed record FakeType(string FullName)
{
    public string Assembly { get; init; } = "Shop";

    public SelectorTypeKind Kind { get; init; } = SelectorTypeKind.Class;

    public TypeVisibility Visibility { get; init; } = TypeVisibility.Public;

    public bool Sealed { get; init; }

    public bool Static { get; init; }

    public bool Abstract { get; init; }

    public FakeType? BaseClass { get; init; }

    public IReadOnlyList<FakeType> Interfaces { get; init; } = [];

    public IReadOnlyList<FakeType> Attributes { get; init; } = [];

    public string? SettableMember { get; init; }

    public IReadOnlyList<InstanceConstructor> Constructors { get; init; } = [];

    public IReadOnlyList<PublicStateMember> PublicStateMembers { get; init; } = [];

    public string Namespace => FullName.Contains('.') ? FullName[..FullName.LastIndexOf('.')] : string.Empty;

    public string Name => FullName[(FullName.LastIndexOf('.') + 1)..];
}

/// <summary>The <see cref="ITypeModel{TType}"/> over <see cref="FakeType"/>.</summary>
internal sealed class FakeTypeModel : ITypeModel<FakeType>
{
    public static FakeTypeModel Instance { get; } = new();

    public string GetFullName(FakeType type) => type.FullName;

    public string GetNamespace(FakeType type) => type.Namespace;

    public string GetName(FakeType type) => type.Name;

    public string GetAssemblyName(FakeType type) => type.Assembly;

    public SelectorTypeKind GetKind(FakeType type) => type.Kind;

    public TypeVisibility GetVisibility(FakeType type) => type.Visibility;

    public bool IsSealed(FakeType type) => type.Sealed;

    public bool IsStatic(FakeType type) => type.Static;

    public bool IsAbstract(FakeType type) => type.Abstract;

    public IEnumerable<FakeType> GetBaseClasses(FakeType type)
    {
        for (var current = type.BaseClass; current is not null; current = current.BaseClass)
        {
            yield return current;
        }
    }

    public IEnumerable<FakeType> GetAllInterfaces(FakeType type) =>
        type.Interfaces.Concat(GetBaseClasses(type).SelectMany(b => b.Interfaces)).Distinct();

    public IEnumerable<FakeType> GetAttributeClasses(FakeType type) => type.Attributes;

    public string? FindSettableInstanceMember(FakeType type) => type.SettableMember;

    public IEnumerable<InstanceConstructor> GetInstanceConstructors(FakeType type) => type.Constructors;

    public IEnumerable<PublicStateMember> GetPublicStateMembers(FakeType type) => type.PublicStateMembers;
}
