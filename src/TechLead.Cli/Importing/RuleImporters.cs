using System.Collections.Generic;
using TechLead.Cli.Importing.BannedSymbols;
using TechLead.Cli.Importing.NsDepCop;
using TechLead.Cli.Importing.TestCode;

namespace TechLead.Cli.Importing;

/// <summary>Every importer <c>techlead import</c> runs, in the order their ADRs are numbered. One line each.</summary>
internal static class RuleImporters
{
    public static IReadOnlyList<IRuleImporter> All { get; } =
    [
        new BannedSymbolsImporter(),
        new NsDepCopImporter(),
        new NetArchTestImporter(),
        new ArchUnitNetImporter(),
    ];
}
