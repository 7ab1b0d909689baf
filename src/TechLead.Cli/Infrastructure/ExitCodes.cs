namespace TechLead.Cli.Infrastructure;

/// <summary>The process exit codes of docs/cli.md.</summary>
internal static class ExitCodes
{
    /// <summary>No error-severity violation.</summary>
    public const int Success = 0;

    /// <summary>At least one error-severity violation (or a stale baseline under --strict).</summary>
    public const int Violations = 1;

    /// <summary>Bad input or usage: nothing was checked.</summary>
    public const int BadInput = 2;
}
