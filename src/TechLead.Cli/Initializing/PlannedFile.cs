namespace TechLead.Cli.Initializing;

/// <summary>One file <c>techlead init</c> will write: its text today (null when it is new) and after.</summary>
internal sealed record PlannedFile(string Path, string? Before, string After)
{
    public bool IsNew => Before is null;
}
