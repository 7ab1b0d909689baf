using System.Collections.Generic;
using System.Linq;

namespace TechLead.Cli.Ownership;

/// <summary>
/// Whose code breaks whose decision, per violation (rules/0024): every code owner of the violating file paired
/// with every owner of the broken ADR, <see cref="CodeOwnership.Unowned"/> standing in for nobody on either side.
/// A violation in a file two teams own counts once for each team. It takes the two owner lists, not a finding,
/// so ownership stays below checking (rules/0028).
/// </summary>
internal static class OwnerPairs
{
    public static IEnumerable<(string CodeOwner, string AdrOwner)> Of(IReadOnlyList<string> codeOwners, IReadOnlyList<string> adrOwners) =>
        OrUnowned(codeOwners).SelectMany(code => OrUnowned(adrOwners).Select(adr => (code, adr)));

    private static IReadOnlyList<string> OrUnowned(IReadOnlyList<string> owners) => owners.Count == 0 ? [CodeOwnership.Unowned] : owners;
}
