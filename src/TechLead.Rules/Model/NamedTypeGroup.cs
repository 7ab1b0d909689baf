using TechLead.Rules.Selectors;

namespace TechLead.Rules.Model;

/// <summary>A named group of types: a layer of a <c>layers</c> rule or a module of an <c>independent</c> rule.</summary>
public sealed record NamedTypeGroup(string Name, TypeSelector Types);
