namespace TechLead.Cli.Checking;

/// <summary>A check narrowed to the lines changed since <paramref name="Reference"/>: how many violations were left out.</summary>
internal sealed record ChangeScope(string Reference, int OutsideChangedLines);
