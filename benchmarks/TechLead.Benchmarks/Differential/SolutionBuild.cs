using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace TechLead.Benchmarks.Differential;

/// <summary>Builds any solution (Debug, as `dotnet test` does: locals and PDBs stay) and finds the assemblies it wrote.</summary>
internal static partial class SolutionBuild
{
    /// <summary>The project assemblies the build wrote (`Project -> /path/Project.dll` lines), test projects left out.</summary>
    /// <param name="extraArguments">More for `dotnet build` (`-p:RunAnalyzers=false` where a repository's own analyzers stop the build).</param>
    public static List<string> Run(string solution, bool build, string extraArguments)
    {
        // A warning must not stop the comparison: the IL is the same.
        var common = $"build \"{solution}\" -c Debug -nologo -v m -p:TreatWarningsAsErrors=false {extraArguments}";
        var log = Dotnet(Path.GetDirectoryName(Path.GetFullPath(solution))!, build ? common : common + " --no-restore");
        var assemblies = new SortedSet<string>(StringComparer.Ordinal);
        // The solution's own projects: a project referenced from outside its folder (a sample's tests referencing the tool
        // beside it) is not part of the code `techlead check` reads.
        var root = Path.GetDirectoryName(Path.GetFullPath(solution))! + Path.DirectorySeparatorChar;
        foreach (Match match in OutputLine().Matches(log))
        {
            var path = match.Groups["path"].Value.Trim();
            if (path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) && File.Exists(path) && !IsTestAssembly(path) && Path.GetFullPath(path).StartsWith(root, StringComparison.Ordinal))
            {
                assemblies.Add(path);
            }
        }

        return [.. assemblies];
    }

    /// <summary>Runs dotnet; a failure stops the run with its output (a failed build compares unlike work).</summary>
    public static string Dotnet(string directory, string arguments, bool throwOnFailure = true)
    {
        var start = new ProcessStartInfo("dotnet", arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (throwOnFailure && process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {arguments} exited {process.ExitCode}:\n{Tail(stdout + stderr.Result)}");
        }

        return stdout + stderr.Result;
    }

    private static bool IsTestAssembly(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        return name.EndsWith("Tests", StringComparison.Ordinal) || name.EndsWith(".Test", StringComparison.Ordinal) || name.Contains(".Tests.", StringComparison.Ordinal)
            || File.Exists(Path.Combine(Path.GetDirectoryName(path)!, "xunit.runner.json")) || File.Exists(Path.Combine(Path.GetDirectoryName(path)!, "Microsoft.TestPlatform.CoreUtilities.dll"));
    }

    private static string Tail(string text) => string.Join("\n", text.Split('\n').TakeLast(40));

    [GeneratedRegex(@"^\s*\S+ -> (?<path>.+)$", RegexOptions.Multiline)]
    private static partial Regex OutputLine();
}
