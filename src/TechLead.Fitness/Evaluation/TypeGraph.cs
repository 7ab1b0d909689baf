using System.Collections.Generic;
using TechLead.Rules.Selectors;

namespace TechLead.Fitness.Evaluation;

/// <summary>An engine's view of the assemblies under test, ready for <see cref="GraphRuleEvaluator"/>.</summary>
internal sealed class TypeGraph<TType>(ITypeModel<TType> model, IReadOnlyList<TypeFacts<TType>> types, IReadOnlyList<string>? problems = null)
{
    /// <summary>Assemblies of the set that could not be read (each named, with why); the others are in <see cref="Types"/>.</summary>
    public IReadOnlyList<string> Problems { get; } = problems ?? [];

    public ITypeModel<TType> Model { get; } = model;

    /// <summary>The types declared in the assemblies under test, ordered by full name.</summary>
    public IReadOnlyList<TypeFacts<TType>> Types { get; } = types;

    /// <summary>The engine's handle for a type a member refers to (<c>type-not</c>, rules/0069); null when it has none.</summary>
    public System.Func<Mono.Cecil.TypeReference, TType?> FindType { get; init; } = static _ => default;
}
