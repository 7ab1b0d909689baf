using System.Collections.Generic;
using TechLead.Rules.Writing;

namespace TechLead.Cli.Importing;

/// <summary>
/// One decision translated from one source file or test class. <see cref="Key"/> is stable across runs
/// (e.g. <c>netarchtest:tests/Arch/LayerTests.cs#LayerTests</c>) so that re-importing finds the ADR it wrote before.
/// <see cref="Tests"/> lists the test methods of a test class with what became of them (empty for other sources).
/// </summary>
internal sealed record ImportedDecision(
    string Key,
    string Title,
    string SourcePath,
    string Origin,
    IReadOnlyList<RuleDraft> Rules,
    IReadOnlyList<NotImportedItem> NotImported)
{
    public IReadOnlyList<ImportedTest> Tests { get; init; } = [];
}
