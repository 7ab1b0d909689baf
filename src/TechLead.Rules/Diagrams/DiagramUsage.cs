using System;
using System.Collections.Generic;
using TechLead.Rules.Model;
using TechLead.Rules.Selectors;

namespace TechLead.Rules.Diagrams;

/// <summary>
/// What the code does with the components of <c>diagram</c> rules: which components have types, and which type
/// dependencies lead from one component to another. Engines feed it (from any thread); <see cref="DiagramDrift"/> and
/// the CLI read it. Rules are keyed by their qualified id, so a tally taken with one reading of the ADRs is read with another.
/// </summary>
public sealed class DiagramUsage
{
    private readonly object gate = new();
    private readonly HashSet<(string Rule, string Component)> populated = [];
    private readonly Dictionary<(string Rule, string From, string To), HashSet<(string, string)>> pairs = [];

    /// <summary>Records a type of the code (declared or used) against the component it belongs to, for every rule.</summary>
    public void AddType<TType>(IEnumerable<DiagramRule> rules, TType type, ITypeModel<TType> model)
    {
        foreach (var rule in rules)
        {
            if (rule.ComponentOf(type, model) is { } component)
            {
                lock (gate)
                {
                    populated.Add((rule.QualifiedId, component.Name));
                }
            }
        }
    }

    /// <summary>Records one dependency between two types (with their ids) for every rule it crosses components of.</summary>
    public void AddDependency<TType>(IEnumerable<DiagramRule> rules, TType source, string sourceId, TType target, string targetId, ITypeModel<TType> model)
    {
        foreach (var rule in rules)
        {
            if (rule.ComponentOf(source, model) is not { } from || rule.ComponentOf(target, model) is not { } to)
            {
                continue;
            }

            lock (gate)
            {
                populated.Add((rule.QualifiedId, from.Name));
                populated.Add((rule.QualifiedId, to.Name));
                if (from.Order == to.Order)
                {
                    continue;
                }

                var key = (rule.QualifiedId, from.Name, to.Name);
                if (!pairs.TryGetValue(key, out var set))
                {
                    pairs.Add(key, set = []);
                }

                set.Add((sourceId, targetId));
            }
        }
    }

    /// <summary>Whether any type of the code belongs to the component.</summary>
    public bool HasTypes(DiagramRule rule, DiagramComponent component)
    {
        lock (gate)
        {
            return populated.Contains((rule.QualifiedId, component.Name));
        }
    }

    /// <summary>How many distinct type dependencies lead from one component to the other.</summary>
    public int Count(DiagramRule rule, DiagramComponent from, DiagramComponent to)
    {
        lock (gate)
        {
            return pairs.TryGetValue((rule.QualifiedId, from.Name, to.Name), out var set) ? set.Count : 0;
        }
    }

    /// <summary>Each arrow of the rule's diagram with the number of type dependencies that follow it (an arrow to a subgraph counts its members').</summary>
    public IReadOnlyList<ArrowUse> Arrows(DiagramRule rule)
    {
        var uses = new List<ArrowUse>();
        foreach (var arrow in rule.Diagram.Arrows)
        {
            var count = 0;
            foreach (var from in rule.Components)
            {
                foreach (var to in rule.Components)
                {
                    if (from.Order != to.Order && Contains(rule.ArrowsBetween(from, to), arrow))
                    {
                        count += Count(rule, from, to);
                    }
                }
            }

            uses.Add(new ArrowUse(arrow, count));
        }

        return uses;
    }

    /// <summary>The component pairs the code connects without an arrow, with their dependency counts, in component order.</summary>
    public IReadOnlyList<(DiagramComponent From, DiagramComponent To, int Count)> Breaking(DiagramRule rule)
    {
        var breaking = new List<(DiagramComponent, DiagramComponent, int)>();
        foreach (var from in rule.Components)
        {
            foreach (var to in rule.Components)
            {
                if (!rule.Allows(from, to) && Count(rule, from, to) is > 0 and var count)
                {
                    breaking.Add((from, to, count));
                }
            }
        }

        return breaking;
    }

    private static bool Contains(IReadOnlyList<DiagramArrow> arrows, DiagramArrow arrow)
    {
        foreach (var candidate in arrows)
        {
            if (ReferenceEquals(candidate, arrow))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>An arrow of a diagram and how many type dependencies of the code follow it.</summary>
public readonly record struct ArrowUse(DiagramArrow Arrow, int Count);
