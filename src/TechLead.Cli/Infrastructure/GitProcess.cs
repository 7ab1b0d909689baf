using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

namespace TechLead.Cli.Infrastructure;

/// <summary>
/// Runs <c>git</c> as a process in one folder. Config that would change the output we parse is pinned on
/// the command line (no pager, no colour, unquoted non-ASCII paths, fixed diff prefixes).
/// </summary>
internal sealed class GitProcess(string workingDirectory)
{
    public string WorkingDirectory { get; } = workingDirectory;

    /// <summary>Runs git; a failure is a result, not an exception (callers decide what it means).</summary>
    public GitOutput Run(params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = WorkingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var pinned in new[] { "-c", "core.quotePath=false", "-c", "color.ui=false", "--no-pager" })
        {
            start.ArgumentList.Add(pinned);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["LC_ALL"] = "C";
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new BadInputException("could not start 'git'");
        }
        catch (Win32Exception)
        {
            throw new BadInputException("git was not found on PATH; install git to use this option");
        }

        using (process)
        {
            process.StandardInput.Close();
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return new GitOutput(process.ExitCode, output, error.GetAwaiter().GetResult().Trim());
        }
    }

    /// <summary>
    /// The repository's top folder as seen from <see cref="WorkingDirectory"/> (through the same symlinks),
    /// or a one-line bad input naming <paramref name="option"/> when the folder is not in a git work tree.
    /// </summary>
    public string TopLevel(string option)
    {
        var cdup = Run("rev-parse", "--show-cdup");
        return cdup.ExitCode == 0
            ? Path.GetFullPath(Path.Combine(WorkingDirectory, cdup.Output.Trim()))
            : throw new BadInputException($"{option}: '{PathDisplay.Relative(WorkingDirectory)}' is not in a git repository");
    }

    /// <summary>The commit checked out in <see cref="WorkingDirectory"/>; null outside a repository, before the first commit, or without git.</summary>
    public string? TryHeadCommit()
    {
        try
        {
            return Run("rev-parse", "--verify", "--quiet", "HEAD^{commit}") is { ExitCode: 0 } head ? head.Output.Trim() : null;
        }
        catch (BadInputException)
        {
            return null;
        }
    }

    /// <summary>The full commit id <paramref name="reference"/> names, or a one-line bad input.</summary>
    public string ResolveCommit(string reference, string option)
    {
        var resolved = reference.StartsWith('-') ? null : Run("rev-parse", "--verify", "--quiet", "--end-of-options", reference + "^{commit}");
        return resolved is { ExitCode: 0 }
            ? resolved.Output.Trim()
            : throw new BadInputException($"{option}: '{reference}' is not a commit in this repository (try a branch, tag or commit id, e.g. origin/main)");
    }
}

/// <summary>What one git command printed.</summary>
internal sealed record GitOutput(int ExitCode, string Output, string Error);
