using System.Collections.Generic;
using System.Linq;
using TechLead.Cli.Checking;

namespace TechLead.Cli.Ownership;

/// <summary>
/// Whose code breaks whose decision, per violation (rules/0024): every code owner of the violating file paired
/// with every owner of the broken ADR, <see cref="CodeOwnership.Unowned"/> standing in for nobody on either side.
/// A violation in a file two teams own counts once for each team.
/// </summary>
internal static class OwnerPairs
{
    public static IReadOnlyList<string> CodeOwnersOf(Finding violation) =>
        violation.CodeOwners.Count == 0 ? [CodeOwnership.Unowned] : violation.CodeOwners;

    public static IReadOnlyList<string> AdrOwnersOf(Finding violation) =>
        violation.Owners.Count == 0 ? [CodeOwnership.Unowned] : violation.Owners;

    public static IEnumerable<(string CodeOwner, string AdrOwner)> Of(Finding violation) =>
        CodeOwnersOf(violation).SelectMany(code => AdrOwnersOf(violation).Select(adr => (code, adr)));
}
