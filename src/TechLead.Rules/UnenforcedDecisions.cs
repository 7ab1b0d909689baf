using System;
using System.Collections.Generic;
using System.Linq;
using TechLead.Rules.Model;

namespace TechLead.Rules;

/// <summary>
/// The accepted ADRs that enforce no rule (<see cref="AdrDocument.IsUnenforced"/>) and the one line every tool says
/// about them (<c>techlead check</c>; <c>adr list</c> marks the same ADRs "(unenforced)").
/// </summary>
public static class UnenforcedDecisions
{
    /// <summary>The unenforced ADRs of the set, in id order.</summary>
    public static IReadOnlyList<AdrDocument> Of(AdrSet set) =>
        [.. set.Documents.Where(d => d.IsUnenforced).OrderBy(d => d.Id, StringComparer.Ordinal)];

    /// <summary>
    /// <c>2 accepted ADRs enforce no rule: ADR-0003, ADR-0009 (add rules or `enforcement: "manual: ..."`)</c>;
    /// null when every accepted ADR enforces a rule or says how people check it.
    /// </summary>
    public static string? Notice(AdrSet set)
    {
        var unenforced = Of(set);
        if (unenforced.Count == 0)
        {
            return null;
        }

        var subject = unenforced.Count == 1 ? "1 accepted ADR enforces" : $"{unenforced.Count} accepted ADRs enforce";
        return $"{subject} no rule: {string.Join(", ", unenforced.Select(d => d.Id))} (add rules or `enforcement: \"manual: <how people check it>\"`)";
    }
}
