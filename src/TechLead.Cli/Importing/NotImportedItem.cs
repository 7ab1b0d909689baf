namespace TechLead.Cli.Importing;

/// <summary>A rule that could not be translated: where it is (<c>path:line</c>), its text quoted, and why.</summary>
internal sealed record NotImportedItem(string Location, string Quote, string Reason);
