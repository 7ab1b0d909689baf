using System;
using System.Diagnostics;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace TechLead.EndToEnd.Infrastructure;

/// <summary>Runs a process to completion within a time limit; past the limit the whole process tree is killed.</summary>
internal static class ProcessRunner
{
    public static async Task<ProcessResult> RunAsync(ProcessSpec spec, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using var process = new Process { StartInfo = CreateStartInfo(spec, redirectStandardInput: false) };
        var standardOutput = new StringBuilder();
        var standardError = new StringBuilder();
        process.OutputDataReceived += (_, e) => AppendLine(standardOutput, e.Data);
        process.ErrorDataReceived += (_, e) => AppendLine(standardError, e.Data);

        var stopwatch = Stopwatch.StartNew();
        if (!process.Start())
        {
            throw new InvalidOperationException($"'{spec.CommandLine}' did not start.");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            // Returns only after the redirected streams reached end of file, so the output is complete.
            await process.WaitForExitAsync(timeoutSource.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            KillTree(process);
            var partial = Snapshot(spec, exitCode: -1, standardOutput, standardError, stopwatch.Elapsed);
            if (cancellationToken.IsCancellationRequested)
            {
                throw new OperationCanceledException(partial.Describe($"'{spec.CommandLine}' was cancelled"), cancellationToken);
            }

            throw new TimeoutException(partial.Describe($"'{spec.CommandLine}' did not finish within {timeout.TotalSeconds:F0}s and was killed"));
        }

        return Snapshot(spec, process.ExitCode, standardOutput, standardError, stopwatch.Elapsed);
    }

    /// <summary>Start information shared with long-running children such as a language server.</summary>
    public static ProcessStartInfo CreateStartInfo(ProcessSpec spec, bool redirectStandardInput)
    {
        var startInfo = new ProcessStartInfo(spec.FileName)
        {
            WorkingDirectory = spec.WorkingDirectory,
            UseShellExecute = false,
            RedirectStandardInput = redirectStandardInput,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            CreateNoWindow = true,
        };
        foreach (var argument in spec.Arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in spec.Environment)
        {
            if (value is null)
            {
                startInfo.Environment.Remove(name);
            }
            else
            {
                startInfo.Environment[name] = value;
            }
        }

        return startInfo;
    }

    public static void KillTree(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // It exited between the check and the kill.
        }
    }

    private static void AppendLine(StringBuilder target, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (target)
        {
            target.AppendLine(line);
        }
    }

    private static ProcessResult Snapshot(ProcessSpec spec, int exitCode, StringBuilder standardOutput, StringBuilder standardError, TimeSpan elapsed)
    {
        lock (standardOutput)
        {
            lock (standardError)
            {
                return new ProcessResult(spec.CommandLine, exitCode, standardOutput.ToString(), standardError.ToString(), elapsed);
            }
        }
    }
}
