using System;
using System.Collections.Generic;
using TechLead.Rules.Model;

namespace TechLead.Analyzers.Analysis;

/// <summary>
/// Every <c>banned-api</c> entry of an ADR set, keyed by the simple metadata name a use must have to be it: the member
/// name for <c>M:</c>/<c>P:</c>/<c>F:</c>/<c>E:</c> (<c>.ctor</c>, <c>Item</c>, <c>op_Equality</c>), the type name for
/// <c>T:</c> (<c>List`1</c>), the last namespace segment for <c>N:</c>. Built once per ADR set (cached with it, see
/// rules/0016), so a compilation resolves nothing up front: <see cref="BannedApiIndex"/> compares a used symbol's
/// declaration ID only when its name is one of these, the way BannedApiAnalyzers keys its list by name.
/// </summary>
internal sealed class BannedApiCatalog
{
    private readonly Dictionary<string, BannedEntry[]> members = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BannedEntry[]> types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BannedEntry[]> namespaces = new(StringComparer.Ordinal);

    public BannedApiCatalog(IEnumerable<BannedApiRule> rules)
    {
        var order = 0;
        foreach (var rule in rules)
        {
            foreach (var api in rule.Apis)
            {
                var entry = new BannedEntry(rule, api, order++);
                switch (api.Symbol.Prefix)
                {
                    case 'N':
                        Add(namespaces, LastSegment(api.Symbol.Name), entry);
                        break;
                    case 'T':
                        Add(types, LastSegment(api.Symbol.Name), entry);
                        break;
                    default:
                        if (MemberName(api.Symbol.Name) is { } member)
                        {
                            Add(members, member, entry);
                        }

                        break;
                }
            }
        }
    }

    public bool IsEmpty => members.Count == 0 && types.Count == 0 && namespaces.Count == 0;

    public bool HasMemberBans => members.Count > 0;

    /// <summary>True when some type or namespace is banned: type uses need a lookup at all.</summary>
    public bool HasTypeBans => types.Count > 0 || namespaces.Count > 0;

    public bool HasNamespaceBans => namespaces.Count > 0;

    public bool TryGetMemberCandidates(string metadataName, out BannedEntry[] entries) => members.TryGetValue(metadataName, out entries!);

    public bool TryGetTypeCandidates(string metadataName, out BannedEntry[] entries) => types.TryGetValue(metadataName, out entries!);

    public bool TryGetNamespaceCandidates(string name, out BannedEntry[] entries) => namespaces.TryGetValue(name, out entries!);

    /// <summary>True when a member of this metadata name (<c>GetEnumerator</c>, <c>Deconstruct</c>) is banned somewhere.</summary>
    public bool BansMemberNamed(string metadataName) => members.ContainsKey(metadataName);

    /// <summary>
    /// <c>N.T.Foo</c> → <c>Foo</c>; <c>N.T.Foo``1</c> → <c>Foo</c>; <c>N.T.#ctor</c> → <c>.ctor</c>; <c>N.T.N#I#Go</c> →
    /// <c>N.I.Go</c> (doc-comment IDs write '.' inside a member name as '#').
    /// </summary>
    private static string? MemberName(string name)
    {
        var dot = name.LastIndexOf('.');
        if (dot <= 0)
        {
            return null;
        }

        var member = name.Substring(dot + 1);
        var tick = member.IndexOf("``", StringComparison.Ordinal);
        if (tick >= 0)
        {
            member = member.Substring(0, tick);
        }

        return member.Replace('#', '.');
    }

    private static string LastSegment(string dotted) => dotted.Substring(dotted.LastIndexOf('.') + 1);

    private static void Add(Dictionary<string, BannedEntry[]> map, string key, BannedEntry entry)
    {
        if (!map.TryGetValue(key, out var entries))
        {
            map[key] = [entry];
            return;
        }

        var grown = new BannedEntry[entries.Length + 1];
        entries.CopyTo(grown, 0);
        grown[entries.Length] = entry;
        map[key] = grown;
    }
}
