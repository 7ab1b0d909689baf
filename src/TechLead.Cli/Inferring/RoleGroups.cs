using System;
using System.Collections.Generic;
using System.Linq;
using TechLead.Rules.Model;
using TechLead.Rules.Selectors;
using TechLead.Rules.Writing;

namespace TechLead.Cli.Inferring;

/// <summary>The roles types play in the solution (<see cref="RoleGroup"/>), each with at least <see cref="InferThresholds.MinTypes"/> members.</summary>
internal static class RoleGroups
{
    /// <summary>By name ending (the last word of a name) and kind; members are every type of that kind whose name ends so.</summary>
    public static IEnumerable<RoleGroup> BySuffix(CodeFacts facts)
    {
        var candidates = facts.Types.SelectMany(t => new[] { (Suffix: t.Suffix, t.Kind), (Suffix: t.LongSuffix, t.Kind) }).Where(c => c.Suffix.Length > 0).Distinct().OrderBy(c => c.Suffix, StringComparer.Ordinal).ThenBy(c => c.Kind);
        foreach (var (suffix, kind) in candidates)
        {
            var members = facts.Types.Where(t => t.Kind == kind && BareName(t.Name).EndsWith(suffix, StringComparison.Ordinal)).ToList();
            if (members.Count >= InferThresholds.MinTypes)
            {
                var kindName = KindName(kind);
                yield return new RoleGroup($"{suffix} {Plural(kindName)}", $"the {members.Count} {Plural(kindName)} named *{suffix}", SelectorDraft.Where(("name", "*" + suffix), ("kind", kindName)), members, RoleSource.Suffix, null);
            }
        }
    }

    /// <summary>By an interface of the solution: the classes, records and structs that implement it.</summary>
    public static IEnumerable<RoleGroup> ByInterface(CodeFacts facts)
    {
        foreach (var contract in facts.Types.Where(t => t.Kind == SelectorTypeKind.Interface))
        {
            var members = facts.Types.Where(t => t.Kind != SelectorTypeKind.Interface && t.Interfaces.Contains(contract.FullName)).ToList();
            if (members.Count >= InferThresholds.MinTypes)
            {
                var kinds = members.Select(m => m.Kind).Distinct().ToList();
                var selector = kinds.Count == 1
                    ? SelectorDraft.Where(("implements", contract.FullName), ("kind", KindName(kinds[0])))
                    : SelectorDraft.Where(("implements", contract.FullName));
                yield return new RoleGroup($"{BareName(contract.Name)} implementations", $"the {members.Count} implementations of {contract.FullName}", selector, members, RoleSource.Interface, contract.FullName);
            }
        }
    }

    /// <summary>By a base class of the solution: the types that inherit it, directly or not.</summary>
    public static IEnumerable<RoleGroup> ByBaseClass(CodeFacts facts)
    {
        foreach (var baseClass in facts.Types.Where(t => t.Kind is SelectorTypeKind.Class or SelectorTypeKind.Record))
        {
            var members = facts.Types.Where(t => t.BaseClasses.Contains(baseClass.FullName)).ToList();
            if (members.Count >= InferThresholds.MinTypes)
            {
                yield return new RoleGroup($"{BareName(baseClass.Name)} subclasses", $"the {members.Count} subclasses of {baseClass.FullName}", SelectorDraft.Where(("inherits", baseClass.FullName)), members, RoleSource.BaseClass, baseClass.FullName);
            }
        }
    }

    public static string KindName(SelectorTypeKind kind) => Spellings.TypeKind.NameOf(kind)!;

    private static string Plural(string kindName) => kindName == "class" ? "classes" : kindName + "s";

    /// <summary>The name without generic arity: <c>Repo</c> of <c>Repo`1</c>.</summary>
    public static string BareName(string name)
    {
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? name : name.Substring(0, tick);
    }
}
