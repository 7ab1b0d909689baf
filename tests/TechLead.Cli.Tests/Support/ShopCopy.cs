using System;
using System.IO;
using System.Linq;

namespace TechLead.Cli.Tests.Support;

/// <summary>
/// A private copy of samples/Shop (or another sample: <c>new ShopCopy("Modular")</c>; sources, ADRs, no bin/obj)
/// so tests can write baselines and edit code. <see cref="Restore"/> runs <c>dotnet restore</c> once, which MSBuildWorkspace needs.
/// </summary>
internal sealed class ShopCopy : IDisposable
{
    private readonly string sample;

    public ShopCopy(string sample = "Shop")
    {
        this.sample = sample;
        Root = Path.Combine(Path.GetTempPath(), "techlead-" + sample.ToLowerInvariant() + "-" + Guid.NewGuid().ToString("N"));
        Copy(Path.Combine(Path.GetDirectoryName(RepoPaths.ShopSample)!, sample), Root);
    }

    public string Root { get; }

    public string Solution => Path.Combine(Root, sample + ".sln");

    public string AdrDirectory => Path.Combine(Root, "docs", "adr");

    /// <summary>Runs techlead in process with this folder as its working folder.</summary>
    public ToolRun Run(params string[] arguments) => TechLeadTool.Run(Root, arguments);

    /// <summary>Runs the built tool as a process in this folder (smoke tests only).</summary>
    public ToolRun RunProcess(params string[] arguments) => TechLeadProcess.Run(Root, arguments);

    public ShopCopy Restore()
    {
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("dotnet", ["restore", Solution, "--verbosity", "quiet"])
        {
            WorkingDirectory = Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? this : throw new InvalidOperationException("dotnet restore failed: " + output);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Leftover temp files are harmless.
        }
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var directory in Directory.GetDirectories(from).Where(d => Path.GetFileName(d) is not ("bin" or "obj")))
        {
            Copy(directory, Path.Combine(to, Path.GetFileName(directory)));
        }
    }
}
