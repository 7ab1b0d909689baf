using System;

namespace TechLead.Cli.Inferring;

/// <summary>
/// What an inferred <c>allow-only</c> lets a namespace use outside the solution: whole library families, not the
/// namespaces used today (rules/0041). All of <c>System.**</c> (the base library: the next LINQ or HTTP call must not
/// break the rule), and for any other library its family (<c>Microsoft.EntityFrameworkCore.**</c>, <c>MediatR.**</c>),
/// so that what the rule says is which libraries, as a lead would write it. A lead who wants less narrows it by hand.
/// </summary>
internal static class BaseLibraryFamilies
{
    /// <summary>The base library: every allow-only starts with it.</summary>
    public const string BaseLibrary = "System.**";

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
