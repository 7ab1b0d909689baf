using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace TechLead.Analyzers.Analysis;

/// <summary>
/// The bans of one compilation: a used symbol whose metadata name is in the <see cref="BannedApiCatalog"/> is matched by
/// its declaration ID (<see cref="TechLead.Rules.Selectors.DocumentationId.MatchesDeclarationId"/>: overloads,
/// <c>~ReturnType</c>, arity) once, and the answer is remembered per symbol; any other use costs one dictionary lookup on
/// a name. Nothing is resolved up front, so a compilation (a keystroke in the IDE) pays nothing for bans it never meets.
/// A <c>T:</c> ban holds the type and every type nested in it (TypeFamily's rule, on symbols); an <c>N:</c> ban the
/// namespace and below (callers walk the namespaces around a type).
/// </summary>
internal sealed class BannedApiIndex(BannedApiCatalog catalog)
{
    private static readonly BannedEntry[] None = [];

    private readonly ConcurrentDictionary<ISymbol, BannedEntry[]> matches = PerCompilation.Cache<ISymbol, BannedEntry[]>(SymbolEqualityComparer.Default);

    public bool IsEmpty => catalog.IsEmpty;

    /// <summary>True when some type or namespace is banned: type uses need a lookup at all.</summary>
    public bool HasTypeBans => catalog.HasTypeBans;

    public bool HasNamespaceBans => catalog.HasNamespaceBans;

    /// <summary>True when a member of this metadata name (<c>GetEnumerator</c>, <c>Deconstruct</c>) is banned somewhere.</summary>
    public bool BansMemberNamed(string metadataName) => catalog.BansMemberNamed(metadataName);

    /// <summary>The bans on a used member: its definition (a reduced extension method: the static method), or a member it overrides.</summary>
    public BannedEntry[] ForMember(ISymbol member)
    {
        if (!catalog.HasMemberBans)
        {
            return None;
        }

        ISymbol? current = member is IMethodSymbol { ReducedFrom: { } reduced } ? reduced.OriginalDefinition : member.OriginalDefinition;
        while (current is not null)
        {
            if (catalog.TryGetMemberCandidates(current.MetadataName, out var candidates))
            {
                var entries = Match(current, candidates);
                if (entries.Length > 0)
                {
                    return entries;
                }
            }

            current = current.IsOverride ? OverriddenMember(current)?.OriginalDefinition : null;
        }

        return None;
    }

    /// <summary>The <c>T:</c> bans on a type (definition) or on a type it is nested in, without its namespaces.</summary>
    public BannedEntry[] ForType(INamedTypeSymbol type)
    {
        if (!catalog.HasTypeBans)
        {
            return None;
        }

        var found = None;
        for (var current = type.OriginalDefinition; current is not null; current = current.ContainingType)
        {
            if (catalog.TryGetTypeCandidates(current.MetadataName, out var candidates) && Match(current, candidates) is { Length: > 0 } entries)
            {
                // Outer and inner type both banned: every ban once, in the ADR set's order, as a symbol set would list them.
                found = found.Length == 0 ? entries : [.. found.Concat(entries).OrderBy(e => e.Order)];
            }
        }

        return found;
    }

    /// <summary>The <c>N:</c> bans naming exactly this namespace (callers walk the containing namespaces).</summary>
    public BannedEntry[] ForNamespace(INamespaceSymbol ns) =>
        catalog.HasNamespaceBans && catalog.TryGetNamespaceCandidates(ns.Name, out var candidates) ? Match(ns, candidates) : None;

    private BannedEntry[] Match(ISymbol symbol, BannedEntry[] candidates) =>
        matches.TryGetValue(symbol, out var known) ? known : matches.GetOrAdd(symbol, Resolve(symbol, candidates));

    private static BannedEntry[] Resolve(ISymbol symbol, BannedEntry[] candidates)
    {
        var id = symbol is INamespaceSymbol ns ? "N:" + ns.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat) : DocumentationCommentId.CreateDeclarationId(symbol);
        if (id is null)
        {
            return None;
        }

        List<BannedEntry>? found = null;
        foreach (var candidate in candidates)
        {
            if (Matches(candidate, id))
            {
                (found ??= []).Add(candidate);
            }
        }

        return found is null ? None : [.. found];
    }

    /// <summary>A member ban matches overloads as the rule core says; type and namespace bans match the exact ID.</summary>
    private static bool Matches(BannedEntry candidate, string declarationId)
    {
        var banned = candidate.Api.Symbol;
        if (banned.IsMember)
        {
            return banned.MatchesDeclarationId(declarationId);
        }

        return declarationId.Length == banned.Name.Length + 2
            && declarationId[0] == banned.Prefix
            && string.CompareOrdinal(declarationId, 2, banned.Name, 0, banned.Name.Length) == 0;
    }

    private static ISymbol? OverriddenMember(ISymbol symbol) => symbol switch
    {
        IMethodSymbol method => method.OverriddenMethod,
        IPropertySymbol property => property.OverriddenProperty,
        IEventSymbol @event => @event.OverriddenEvent,
        _ => null,
    };
}
