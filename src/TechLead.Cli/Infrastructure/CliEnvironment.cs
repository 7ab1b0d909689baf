using System.IO;
using Spectre.Console;

namespace TechLead.Cli.Infrastructure;

/// <summary>
/// Where one run of the tool reads and writes: its working folder (relative paths in arguments resolve against it,
/// never against the process's current folder), stdout, stderr, and the terminal consoles when a person is watching.
/// Commands receive it from the type registrar; tests build one per run, so runs in one process do not share state.
/// </summary>
internal sealed class CliEnvironment
{
    public CliEnvironment(string workingDirectory, TextWriter output, TextWriter error)
    {
        WorkingDirectory = Path.GetFullPath(workingDirectory);
        Out = output;
        Error = error;
    }

    public string WorkingDirectory { get; }

    /// <summary>The result (stdout).</summary>
    public TextWriter Out { get; }

    /// <summary>Warnings, notes and summaries next to a result written elsewhere (stderr).</summary>
    public TextWriter Error { get; }

    /// <summary>A console on stderr for the progress spinner; null when stdout or stderr is redirected (pipes, CI, tests).</summary>
    public IAnsiConsole? Progress { get; init; }

    /// <summary>A console for questions; null when stdin or stdout is redirected: then the default answer is taken.</summary>
    public IAnsiConsole? Prompt { get; init; }

    /// <summary>A path given on the command line, absolute: relative ones count from <see cref="WorkingDirectory"/>.</summary>
    public string FullPath(string path) => ArgumentPaths.Resolve(path, WorkingDirectory);

    public void Warn(string message) => Error.WriteLine("techlead: warning: " + message);
}
