using System;
using System.Collections.Generic;
using System.Linq;
using TechLead.Rules.Selectors;
using TechLead.Rules.Writing;

namespace TechLead.Cli.Inferring;

/// <summary>
/// What an inferred <c>allow-only</c> lets a namespace use outside the solution: whole library families, not the
/// namespaces used today (rules/0041). All of <c>System.**</c> (the base library: the next LINQ or HTTP call must not
/// break the rule), and for any other library its family (<c>Microsoft.EntityFrameworkCore.**</c>, <c>MediatR.**</c>),
/// so that what the rule says is which libraries, as a lead would write it. The base library is narrowed only where the
/// code shows a reason: when the rest of the solution keeps persistence apart (a <c>Persistence</c>, <c>Data</c> or
/// <c>Repositories</c> namespace, Entity Framework, Dapper, <c>System.Data</c>), the self-contained namespace is kept
/// persistence-ignorant: the base library's persistence parts are left out.
/// </summary>
internal static class BaseLibraryFamilies
{
    /// <summary>The base library: every allow-only starts with it.</summary>
    public const string BaseLibrary = "System.**";

    /// <summary>The parts of the base library that store things: left out where the solution keeps persistence apart.</summary>
    public static readonly IReadOnlyList<string> PersistenceParts = ["System.ComponentModel.DataAnnotations.Schema.**", "System.Data.**"];

    private static readonly string[] PersistenceNamespaces = ["Persistence", "Data", "DataAccess", "Database", "Repositories", "Migrations"];

    private static readonly string[] PersistenceLibraries = ["Microsoft.EntityFrameworkCore.", "Dapper.", "System.Data.", "System.ComponentModel.DataAnnotations.Schema.", "NHibernate.", "MongoDB."];

    /// <summary>Whether code outside <paramref name="subtree"/> keeps persistence in a place of its own.</summary>
    public static bool SolutionKeepsPersistenceApart(CodeFacts facts, string subtree) =>
        facts.Types.Where(t => !DottedName.IsAtOrUnder(t.Namespace, subtree)).Any(t =>
            t.Namespace.Split('.').Any(segment => PersistenceNamespaces.Contains(segment, StringComparer.Ordinal))
            || t.BaseClasses.Concat(t.Interfaces).Concat(t.Attributes).Any(used => PersistenceLibraries.Any(library => used.StartsWith(library, StringComparison.Ordinal))));

    /// <summary>The also-allow entry of the base library: <c>System.**</c>, or without its persistence parts.</summary>
    public static YamlDraftNode BaseLibraryEntry(bool persistenceIgnorant) =>
        persistenceIgnorant
            ? new YamlDraftMapping([new("namespace", BaseLibrary), new("except", new YamlDraftSequence(PersistenceParts.Select(p => (YamlDraftNode)p)))])
            : BaseLibrary;

    /// <summary>The family glob of a type outside the solution: <c>System.**</c>, <c>Microsoft.Extensions.**</c>, <c>MediatR.**</c>.</summary>
    public static string FamilyOf(string typeFullName)
    {
        var parts = typeFullName.Split('.');
        if (parts.Length == 1 || parts[0] == "System")
        {
            return parts.Length == 1 ? typeFullName : BaseLibrary;
        }

        // Microsoft.* is a publisher, not a library: its families are one level down (Microsoft.Extensions, Microsoft.AspNetCore).
        var depth = parts[0] == "Microsoft" && parts.Length > 2 ? 2 : 1;
        return string.Join('.', parts, 0, Math.Min(depth, parts.Length - 1)) + ".**";
    }
}
