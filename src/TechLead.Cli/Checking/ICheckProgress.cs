namespace TechLead.Cli.Checking;

/// <summary>Where a checker says what it is doing (a spinner on a terminal, nothing in pipes).</summary>
internal interface ICheckProgress
{
    void Report(string stage);
}
