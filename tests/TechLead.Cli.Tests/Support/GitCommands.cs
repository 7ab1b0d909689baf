using System;
using System.Diagnostics;

namespace TechLead.Cli.Tests.Support;

/// <summary>Real git in a test folder: init with a fixed identity, commit everything, run any command.</summary>
internal static class GitCommands
{
    public static void Init(string root)
    {
        Run(root, "init", "--quiet", "--initial-branch=main");
        Run(root, "config", "user.email", "tests@techlead.test");
        Run(root, "config", "user.name", "TechLead tests");
        Run(root, "config", "commit.gpgsign", "false");
    }

    /// <summary>Stages everything and commits; returns the new commit id.</summary>
    public static string CommitAll(string root, string message)
    {
        Run(root, "add", "--all");
        Run(root, "commit", "--quiet", "--allow-empty", "-m", message);
        return Run(root, "rev-parse", "HEAD").Trim();
    }

    public static string Run(string root, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed: {error.Result}");
    }
}
