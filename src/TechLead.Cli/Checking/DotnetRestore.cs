using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using TechLead.Cli.Infrastructure;

namespace TechLead.Cli.Checking;

/// <summary>
/// MSBuildWorkspace does not restore: on a fresh clone, projects would load without their package and
/// framework references and violations in code that does not bind would be missed. `dotnet build`
/// restores first, and so does `check`.
/// </summary>
internal static class DotnetRestore
{
    /// <param name="targetPath">The project or solution to restore.</param>
    /// <param name="cancellationToken">Stops the wait (the restore itself runs on).</param>
    /// <param name="sdkDirectory">
    /// Restore with this SDK (its folder, holding <c>dotnet.dll</c>) whatever a <c>global.json</c> pins: the host runs the
    /// SDK's entry point directly instead of resolving an SDK for the folder. Null: the SDK the folder resolves to.
    /// </param>
    public static async Task RunAsync(string targetPath, CancellationToken cancellationToken, string? sdkDirectory = null)
    {
        var start = new ProcessStartInfo(DotnetHost.Path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(targetPath)!,
        };
        if (sdkDirectory is not null)
        {
            start.ArgumentList.Add(Path.Combine(sdkDirectory, "dotnet.dll"));
        }

        start.ArgumentList.Add("restore");
        start.ArgumentList.Add(targetPath);
        start.ArgumentList.Add("--nologo");
        start.ArgumentList.Add("-v:q");

        using var process = Process.Start(start) ?? throw new BadInputException("could not start 'dotnet restore'");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            var why = Why((await output.ConfigureAwait(false)) + (await error.ConfigureAwait(false)));
            throw new BadInputException($"{PathDisplay.Relative(targetPath)} did not load: dotnet restore failed: {why}");
        }
    }

    /// <summary>The first error restore reported (warnings come first in its output and say nothing of the failure), else all it said.</summary>
    internal static string Why(string output)
    {
        var lines = output.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var errors = lines.Where(l => l.Contains(": error ", StringComparison.Ordinal)).Select(WithoutProjectSuffix).Distinct(StringComparer.Ordinal).ToList();
        return errors.Count switch
        {
            0 => string.Join(" ", lines),
            1 => errors[0],
            _ => $"{errors[0]} (and {errors.Count - 1} more error(s))",
        };
    }

    // MSBuild appends " [the project being built]" to each line: the same for every line, so only noise here.
    private static string WithoutProjectSuffix(string line) =>
        line.EndsWith(']') && line.LastIndexOf(" [", StringComparison.Ordinal) is var start and > 0 ? line[..start] : line;
}
