using System;
using System.Linq;

namespace TechLead.Cli.Tests.Support;

/// <summary>What one run of the techlead process produced.</summary>
internal sealed record ToolRun(int ExitCode, string Stdout, string Stderr)
{
    public string[] StdoutLines => Stdout.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public string[] StderrLines => Stderr.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The one-line error contract of bad input: exit 2, a single "techlead: error:" line, no stack trace.</summary>
    public void AssertBadInput(string expectedFragment)
    {
        Assert.True(ExitCode == 2, $"exit {ExitCode}\nstdout: {Stdout}\nstderr: {Stderr}");
        var errors = StderrLines.Where(l => l.StartsWith("techlead: error: ", StringComparison.Ordinal)).ToList();
        Assert.Single(errors);
        Assert.Contains(expectedFragment, errors[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", Stderr, StringComparison.Ordinal);
    }

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}
