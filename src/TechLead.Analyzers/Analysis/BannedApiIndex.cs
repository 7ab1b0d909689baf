using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using TechLead.Rules.Model;

namespace TechLead.Analyzers.Analysis;

/// <summary>
/// Every <c>banned-api</c> entry resolved to the compilation's symbols once, at compilation start, so a
/// use costs one dictionary lookup on the symbol its operation already carries (no doc-comment ID strings
/// per use). Member bans match by <see cref="TechLead.Rules.Selectors.DocumentationId.MatchesDeclarationId"/>
/// over the named members of the containing type (overloads, <c>~ReturnType</c>, arity); a <c>T:</c> ban
/// holds the type and every type nested in it (TypeFamily's rule, on symbols); an <c>N:</c> ban holds the
/// namespace of every assembly, and a use looks up the namespaces around its type.
/// </summary>
internal sealed class BannedApiIndex
{
    private static readonly BannedEntry[] None = [];

    private readonly Dictionary<ISymbol, BannedEntry[]> members = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ISymbol, BannedEntry[]> types = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ISymbol, BannedEntry[]> namespaces = new(SymbolEqualityComparer.Default);
    private readonly HashSet<string> memberNames = new(System.StringComparer.Ordinal);

    public BannedApiIndex(IReadOnlyList<BannedApiRule> rules, Compilation compilation)
    {
        foreach (var rule in rules)
        {
            foreach (var api in rule.Apis)
            {
                var entry = new BannedEntry(rule, api);
                switch (api.Symbol.Prefix)
                {
                    case 'N':
                        foreach (var symbol in DocumentationCommentId.GetSymbolsForDeclarationId(api.Symbol.Text, compilation))
                        {
                            if (symbol is INamespaceSymbol ns)
                            {
                                Add(namespaces, ns, entry);
                                foreach (var constituent in ns.ConstituentNamespaces)
                                {
                                    Add(namespaces, constituent, entry);
                                }
                            }
                        }

                        break;
                    case 'T':
                        foreach (var symbol in DocumentationCommentId.GetSymbolsForDeclarationId(api.Symbol.Text, compilation))
                        {
                            if (symbol is INamedTypeSymbol type)
                            {
                                AddFamily(type, entry);
                            }
                        }

                        break;
                    default:
                        AddMembers(api, entry, compilation);
                        break;
                }
            }
        }
    }

    public bool IsEmpty => members.Count == 0 && types.Count == 0 && namespaces.Count == 0;

    /// <summary>True when some type or namespace is banned: type uses need a lookup at all.</summary>
    public bool HasTypeBans => types.Count > 0 || namespaces.Count > 0;

    public bool HasNamespaceBans => namespaces.Count > 0;

    /// <summary>True when a member of this metadata name (<c>GetEnumerator</c>, <c>Deconstruct</c>) is banned somewhere.</summary>
    public bool BansMemberNamed(string metadataName) => memberNames.Contains(metadataName);

    /// <summary>The bans on a used member: its definition (a reduced extension method: the static method), or a member it overrides.</summary>
    public BannedEntry[] ForMember(ISymbol member)
    {
        if (members.Count == 0)
        {
            return None;
        }

        ISymbol? current = member is IMethodSymbol { ReducedFrom: { } reduced } ? reduced.OriginalDefinition : member.OriginalDefinition;
        while (current is not null)
        {
            if (members.TryGetValue(current, out var entries))
            {
                return entries;
            }

            current = current.IsOverride ? OverriddenMember(current)?.OriginalDefinition : null;
        }

        return None;
    }

    /// <summary>The <c>T:</c> bans on a type (definition), without its namespaces.</summary>
    public BannedEntry[] ForType(INamedTypeSymbol type) =>
        types.Count > 0 && types.TryGetValue(type.OriginalDefinition, out var entries) ? entries : None;

    /// <summary>The <c>N:</c> bans naming exactly this namespace (callers walk the containing namespaces).</summary>
    public BannedEntry[] ForNamespace(INamespaceSymbol ns) =>
        namespaces.TryGetValue(ns, out var entries) ? entries : None;

    private static ISymbol? OverriddenMember(ISymbol symbol) => symbol switch
    {
        IMethodSymbol method => method.OverriddenMethod,
        IPropertySymbol property => property.OverriddenProperty,
        IEventSymbol @event => @event.OverriddenEvent,
        _ => null,
    };

    private void AddFamily(INamedTypeSymbol type, BannedEntry entry)
    {
        Add(types, type.OriginalDefinition, entry);
        foreach (var nested in type.GetTypeMembers())
        {
            AddFamily(nested, entry);
        }
    }

    /// <summary>
    /// <c>M:N.T.Foo</c>, <c>M:N.T.Foo(System.Int32)~System.String</c>, <c>P:N.T.Item(System.Int32)</c>: the members of
    /// <c>N.T</c> whose metadata name is the last part, filtered by the rule core's ID matching.
    /// </summary>
    private void AddMembers(BannedApi api, BannedEntry entry, Compilation compilation)
    {
        var name = api.Symbol.Name;
        var dot = name.LastIndexOf('.');
        if (dot <= 0)
        {
            return;
        }

        var memberName = name.Substring(dot + 1);
        var tick = memberName.IndexOf("``", System.StringComparison.Ordinal);
        if (tick >= 0)
        {
            memberName = memberName.Substring(0, tick);
        }

        // Doc-comment IDs write '.' inside a member name as '#' (#ctor, explicit implementations).
        memberName = memberName.Replace('#', '.');
        memberNames.Add(memberName);
        foreach (var container in DocumentationCommentId.GetSymbolsForDeclarationId("T:" + name.Substring(0, dot), compilation))
        {
            if (container is not INamedTypeSymbol type)
            {
                continue;
            }

            foreach (var member in MembersNamed(type, memberName, api.Symbol.Prefix))
            {
                if (member.MetadataName == memberName
                    && DocumentationCommentId.CreateDeclarationId(member) is { } id
                    && api.Symbol.MatchesDeclarationId(id))
                {
                    Add(members, member.OriginalDefinition, entry);
                }
            }
        }
    }

    /// <summary>
    /// By name: realizing every member of a large type (String, Enumerable) per compilation costs more than all the
    /// lookups. An indexer's name is <c>this[]</c>, its metadata name (the one IDs use) <c>Item</c> or its IndexerName.
    /// </summary>
    private static IEnumerable<ISymbol> MembersNamed(INamedTypeSymbol type, string metadataName, char prefix)
    {
        foreach (var member in type.GetMembers(metadataName))
        {
            yield return member;
        }

        if (prefix == 'P')
        {
            foreach (var indexer in type.GetMembers(WellKnownMemberNames.Indexer))
            {
                yield return indexer;
            }
        }
    }

    private static void Add(Dictionary<ISymbol, BannedEntry[]> map, ISymbol symbol, BannedEntry entry)
    {
        if (!map.TryGetValue(symbol, out var entries))
        {
            map[symbol] = [entry];
            return;
        }

        foreach (var existing in entries)
        {
            if (ReferenceEquals(existing, entry))
            {
                return;
            }
        }

        var grown = new BannedEntry[entries.Length + 1];
        entries.CopyTo(grown, 0);
        grown[entries.Length] = entry;
        map[symbol] = grown;
    }
}
