namespace TechLead.Cli.Importing;

/// <summary>What the import did with one decision: its ADR (new or found by key), and the text it wrote or would write.</summary>
internal sealed record ImportOutcome(string Importer, ImportedDecision Decision, string AdrId, string AdrPath, ImportAction Action, string? Text);

/// <summary><see cref="Created"/>: written now; <see cref="WouldCreate"/>: --dry-run; <see cref="Exists"/>: an ADR with the key exists and is left alone.</summary>
internal enum ImportAction
{
    Created,
    WouldCreate,
    Exists,
}
