using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

namespace TechLead.Cli.Tests.Support;

/// <summary>
/// Runs the real tool as a process: <c>dotnet techlead.dll args</c>, for the few smoke tests of what only a process
/// shows (exit codes, stderr, a terminal). The test project references the CLI project, so the build of the tests has
/// already built <c>src/TechLead.Cli/bin/&lt;Configuration&gt;</c>. Everything else runs in process (<see cref="TechLeadTool"/>).
/// </summary>
internal static class TechLeadProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public static string DllPath { get; } = FindDll();

    public static ToolRun Run(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(DllPath);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"techlead {string.Join(' ', arguments)} did not finish in {Timeout}");
        }

        Task.WaitAll(stdout, stderr);
        return new ToolRun(process.ExitCode, stdout.Result, stderr.Result);
    }

    private static string FindDll()
    {
        // bin/<Configuration>/net10.0 of the test project mirrors the CLI project's output folder.
        var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = framework.Parent!.Name;
        var path = Path.Combine(RepoPaths.Root, "src", "TechLead.Cli", "bin", configuration, framework.Name, "techlead.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("build src/TechLead.Cli first (the test project references it)", path);
    }
}
