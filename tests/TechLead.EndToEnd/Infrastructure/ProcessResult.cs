using System;

namespace TechLead.EndToEnd.Infrastructure;

/// <summary>What a finished child process left behind.</summary>
internal sealed record ProcessResult(string CommandLine, int ExitCode, string StandardOutput, string StandardError, TimeSpan Elapsed)
{
    public bool Succeeded => ExitCode == 0;

    /// <summary>Throws with the captured output when the process failed, so a test failure explains itself.</summary>
    public ProcessResult EnsureSuccess()
    {
        if (!Succeeded)
        {
            throw new InvalidOperationException(Describe($"'{CommandLine}' exited with code {ExitCode}"));
        }

        return this;
    }

    public string Describe(string headline) =>
        $"{headline} after {Elapsed.TotalSeconds:F1}s.{Environment.NewLine}--- stdout ---{Environment.NewLine}{StandardOutput}{Environment.NewLine}--- stderr ---{Environment.NewLine}{StandardError}";
}
