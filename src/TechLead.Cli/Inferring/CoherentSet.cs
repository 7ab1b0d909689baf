using System;
using System.Collections.Generic;
using System.Linq;
using TechLead.Rules.Writing;

namespace TechLead.Cli.Inferring;

/// <summary>
/// A small, coherent set of types modules meet through (<see cref="ModuleIndependence"/>): the types named alike, the types of
/// same-named namespaces, the implementations of one interface, or the public types.
/// </summary>
/// <param name="Conditions">The set's selector conditions within one module's namespace.</param>
/// <param name="Tag">What the set is called in a module's part of the diagram (<c>OffersEvents</c>, <c>BudgetsPublic</c>).</param>
/// <param name="Description">The set in words, for the evidence.</param>
/// <param name="Matches">Whether a type belongs to the set.</param>
internal sealed record CoherentSet(Func<string, (string Key, string Value)[]> Conditions, string Tag, string Description, Func<TypeFact, bool> Matches)
{
    /// <summary>The set's types in one module, and the odd types of that module named on their own.</summary>
    public YamlDraftNode Within(string moduleNamespace, IReadOnlyCollection<string> odd)
    {
        var set = SelectorDraft.Where(Conditions(moduleNamespace)).ToYaml();
        return odd.Count == 0 ? set : new YamlDraftSequence([set, .. odd.OrderBy(o => o, StringComparer.Ordinal).Select(o => (YamlDraftNode)o)]);
    }
}
