using System.Collections.Generic;
using ArchUnitNET.Domain;
using ArchUnitNET.Domain.Dependencies;

namespace TechLead.Fitness.Engines.ArchUnit;

/// <summary>
/// A type only the Cecil supplement saw (e.g. the exception type of a <c>catch</c> clause that
/// ArchUnitNET 0.13.5 does not report): known by name, with no further structure.
/// </summary>
internal sealed class MissingType(string rawFullName, string namespaceName, string name, string assemblyName) : IType
{
    public string AssemblyName { get; } = assemblyName;

    public string Name { get; } = name;

    public string FullName { get; } = rawFullName;

    public string AssemblyQualifiedName => FullName + ", " + AssemblyName;

    public Namespace Namespace { get; } = new(namespaceName, []);

    public Assembly Assembly => null!;

    public List<ITypeDependency> Dependencies { get; } = [];

    public List<ITypeDependency> BackwardsDependencies { get; } = [];

    public IEnumerable<Attribute> Attributes => [];

    public List<AttributeInstance> AttributeInstances { get; } = [];

    public Visibility Visibility => Visibility.NotAccessible;

    public bool IsGeneric => false;

    public List<GenericParameter> GenericParameters { get; } = [];

    public bool IsCompilerGenerated => false;

    public MemberList Members { get; } = new();

    public IEnumerable<IType> ImplementedInterfaces => [];

    public bool IsNested => false;

    public bool IsStub => true;

    public bool IsGenericParameter => false;

    public override string ToString() => FullName;
}
