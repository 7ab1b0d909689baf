using System.IO;

namespace TechLead.Cli.Tests.Support;

/// <summary>
/// Runs the tool in this process: <see cref="CliApplication.Run(System.Collections.Generic.IReadOnlyList{string}, TextWriter, TextWriter, string)"/>
/// with its own stdout, stderr and working folder, so tests run in parallel without sharing the console or the
/// current folder. The process-level smoke tests use <see cref="TechLeadProcess"/>.
/// </summary>
internal static class TechLeadTool
{
    public static ToolRun Run(string workingDirectory, params string[] arguments)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = CliApplication.Run(arguments, stdout, stderr, workingDirectory);
        return new ToolRun(exitCode, stdout.ToString(), stderr.ToString());
    }
}
