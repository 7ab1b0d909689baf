using System;
using System.Collections.Concurrent;
using Mono.Cecil;
using NetArchTest.Rules;
using TechLead.Fitness.Engines.Cecil;
using TechLead.Rules.Selectors;

namespace TechLead.Fitness.Engines.NetArchTest;

/// <summary>
/// A TechLead selector as a NetArchTest predicate. It also remembers every type NetArchTest shows it,
/// so failing type names (all NetArchTest reports) map back to definitions.
/// </summary>
internal sealed class SelectorRule(TypeSelector selector, CecilTypeModel model) : ICustomRule
{
    public ConcurrentDictionary<string, TypeDefinition> Seen { get; } = new(StringComparer.Ordinal);

    /// <summary>The types the selector picked, by NetArchTest's (Cecil) full name.</summary>
    public ConcurrentDictionary<string, TypeDefinition> Selected { get; } = new(StringComparer.Ordinal);

    public bool MeetsRule(TypeDefinition type)
    {
        ArgumentNullException.ThrowIfNull(type);
        Seen[type.FullName] = type;
        var matches = !CecilNames.IsCompilerGeneratedType(type) && type.Name != "<Module>" && selector.Matches<TypeReference>(type, model);
        if (matches)
        {
            Selected[type.FullName] = type;
        }

        return matches;
    }
}

/// <summary>A NetArchTest predicate from a function (type-level rules: "complies").</summary>
internal sealed class PredicateRule(Func<TypeDefinition, bool> predicate) : ICustomRule
{
    public bool MeetsRule(TypeDefinition type) => predicate(type);
}
