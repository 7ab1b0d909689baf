using System;
using System.Collections.Generic;
using TechLead.Rules.Evaluation;

namespace TechLead.Analyzers.Analysis;

/// <summary>
/// Dependency constraints indexed by the namespace prefixes their <c>from</c> side requires, so
/// finding the candidates for a source type costs one lookup per name segment, not one per rule.
/// </summary>
internal sealed class ConstraintIndex
{
    private readonly Dictionary<string, List<DependencyConstraint>> byPrefix = new(StringComparer.Ordinal);
    private readonly List<DependencyConstraint> unprefixed = [];

    public ConstraintIndex(IReadOnlyList<DependencyConstraint> constraints)
    {
        foreach (var constraint in constraints)
        {
            if (constraint.FromPrefixes.Count == 0)
            {
                unprefixed.Add(constraint);
                continue;
            }

            foreach (var prefix in constraint.FromPrefixes)
            {
                // Prefixes are whole segments with their trailing dot ("Shop.Domain."); normalise to that form.
                var key = prefix.EndsWith(".", StringComparison.Ordinal) ? prefix : prefix + ".";
                if (!byPrefix.TryGetValue(key, out var list))
                {
                    list = [];
                    byPrefix.Add(key, list);
                }

                if (!list.Contains(constraint))
                {
                    list.Add(constraint);
                }
            }
        }
    }

    public bool IsEmpty => unprefixed.Count == 0 && byPrefix.Count == 0;

    /// <summary>The constraints whose prefix the full name has (or that have none); each at most once.</summary>
    public List<DependencyConstraint> Candidates(string fullName)
    {
        var found = new List<DependencyConstraint>(unprefixed);
        if (byPrefix.Count == 0)
        {
            return found;
        }

        // "Shop.Domain.Order" is looked up as "Shop.", "Shop.Domain." and "Shop.Domain.Order." (an exact glob).
        for (var dot = fullName.IndexOf('.'); ; dot = fullName.IndexOf('.', dot + 1))
        {
            var key = dot < 0 ? fullName + "." : fullName.Substring(0, dot + 1);
            if (byPrefix.TryGetValue(key, out var list))
            {
                foreach (var constraint in list)
                {
                    if (!found.Contains(constraint))
                    {
                        found.Add(constraint);
                    }
                }
            }

            if (dot < 0)
            {
                return found;
            }
        }
    }
}
