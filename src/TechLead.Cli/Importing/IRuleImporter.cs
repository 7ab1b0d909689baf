using System.Collections.Generic;

namespace TechLead.Cli.Importing;

/// <summary>
/// Converts one kind of existing architecture rule source (NetArchTest or ArchUnitNET test code,
/// <c>BannedSymbols.txt</c>, <c>config.nsdepcop</c>) into decisions. What it cannot translate is
/// returned as <see cref="NotImportedItem"/>s, never dropped silently.
/// </summary>
internal interface IRuleImporter
{
    /// <summary>Short name shown to users, e.g. <c>NetArchTest</c>.</summary>
    string Name { get; }

    /// <summary>The decisions found under <paramref name="scope"/>: one per source file or test class.</summary>
    IReadOnlyList<ImportedDecision> Import(ImportScope scope);
}
