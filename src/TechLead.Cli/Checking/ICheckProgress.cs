namespace TechLead.Cli.Checking;

/// <summary>Where a checker says what it is doing (a spinner on a terminal, nothing in pipes) and what went wrong on the way.</summary>
internal interface ICheckProgress
{
    void Report(string stage);

    /// <summary>A whole line for stderr (a warning, an MSBuild message with --verbose): written even when no progress is shown.</summary>
    void Log(string line);
}
