using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TechLead.Cli.Adrs;
using TechLead.Cli.Infrastructure;
using TechLead.Rules.Writing;

namespace TechLead.Cli.Importing;

/// <summary>
/// One <c>techlead import</c>: runs every importer over the scope and gives each decision an ADR. A decision whose
/// key an ADR in the folder already carries keeps that ADR untouched; new ones get the next free numbers and are
/// written together, atomically.
/// </summary>
internal sealed class ImportRun(string adrDirectory, string status, string date, bool dryRun)
{
    private const string ProposedStatus = "proposed";

    public IReadOnlyList<ImportOutcome> Execute(ImportScope scope, IReadOnlyList<IRuleImporter> importers, Action<string> warn)
    {
        var repository = Directory.Exists(adrDirectory) ? AdrRepository.Load(adrDirectory) : null;
        var existing = ExistingKeys(repository);
        var next = AdrNumbering.Next(adrDirectory, repository?.Set);
        var outcomes = new List<ImportOutcome>();
        var writes = new List<(string Path, string Text)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var importer in importers)
        {
            foreach (var decision in Decisions(importer, scope, warn))
            {
                if (!seen.Add(decision.Key))
                {
                    continue;
                }

                if (existing.TryGetValue(decision.Key, out var found))
                {
                    outcomes.Add(new ImportOutcome(importer.Name, decision, found.Id, found.Path, ImportAction.Exists, null));
                    continue;
                }

                var id = AdrTemplate.Id(next);
                var path = Path.Combine(adrDirectory, AdrTemplate.FileName(next, decision.Title));
                next++;
                // An ADR that enforces nothing is a record of what could not be imported, not a decision in force.
                var text = AdrDraftWriter.Render(ImportedAdrComposer.Compose(decision, importer.Name, id, decision.Rules.Count == 0 ? ProposedStatus : status, date));
                writes.Add((path, text));
                outcomes.Add(new ImportOutcome(importer.Name, decision, id, path, dryRun ? ImportAction.WouldCreate : ImportAction.Created, text));
            }
        }

        if (!dryRun && writes.Count > 0)
        {
            AtomicFile.WriteAll(writes);
        }

        return outcomes;
    }

    /// <summary>
    /// An importer that throws on some input must not cost the user the other importers' work: its failure is
    /// reported as a warning and the run goes on. Importers list bad input as "Not imported" themselves; this is
    /// the last line of defence for what they did not foresee.
    /// </summary>
    private static IReadOnlyList<ImportedDecision> Decisions(IRuleImporter importer, ImportScope scope, Action<string> warn)
    {
        try
        {
            return importer.Import(scope);
        }
#pragma warning disable CA1031 // see the summary: one importer's bug must not stop the others
        catch (Exception e)
#pragma warning restore CA1031
        {
            warn($"{importer.Name} importer failed ({e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}); its sources were not imported");
            return [];
        }
    }

    private static Dictionary<string, (string Id, string Path)> ExistingKeys(AdrRepository? repository)
    {
        var keys = new Dictionary<string, (string Id, string Path)>(StringComparer.Ordinal);
        if (repository is null)
        {
            return keys;
        }

        foreach (var file in repository.Files)
        {
            var id = repository.Set.Documents.FirstOrDefault(d => d.Path == file.Path)?.Id ?? Path.GetFileNameWithoutExtension(file.Path);
            foreach (var key in ImportMarker.KeysIn(file.Text))
            {
                keys.TryAdd(key, (id, file.Path));
            }
        }

        return keys;
    }
}
