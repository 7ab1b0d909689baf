using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using TechLead.EndToEnd.Infrastructure;
using Xunit;

namespace TechLead.EndToEnd.DocTests;

/// <summary>
/// Runs a page's <c>sh</c> blocks as a reader would: in order, each in bash with <c>-e -o pipefail</c>, each starting
/// in the folder where the previous one ended (a <c>cd</c> carries over). Asserts each block's exit code and that
/// every line the page shows as its output appears in what it printed: spaces collapsed, and a <c>…</c> in the page's
/// line stands for any text (an absolute path, say), so the parts around it must appear in order on one printed line.
/// </summary>
internal sealed partial class DocCommandRunner(string startDirectory, IReadOnlyDictionary<string, string?> environment)
{
    private static readonly TimeSpan BlockTimeout = TimeSpan.FromMinutes(6);

    /// <summary>
    /// Pages run side by side and share the feed's global packages folder. Two <c>dotnet tool install</c>s of the same
    /// package into it at once can see each other's half-extracted package ("Entry point file 'techlead.dll' ... was
    /// not found in the package"), so blocks that install a tool take turns; restores lock per package themselves.
    /// </summary>
    private static readonly SemaphoreSlim ToolInstalls = new(1, 1);

    private readonly string _cwdFile = Path.Combine(startDirectory, ".doc-test-cwd");

    /// <summary>The folder the last block ended in.</summary>
    public string CurrentDirectory { get; private set; } = startDirectory;

    public async Task<ProcessResult> RunAsync(DocPage page, DocCommandBlock block)
    {
        // The trap records where the block ended, also when it fails; the file lives outside the reader's folders.
        var script = $"trap 'pwd > \"{_cwdFile}\"' EXIT\n{block.Script}";
        var spec = new ProcessSpec("bash", ["--noprofile", "--norc", "-e", "-o", "pipefail", "-c", script], CurrentDirectory) { Environment = environment };
        var installsTool = block.Script.Contains("dotnet tool install", StringComparison.Ordinal);
        if (installsTool)
        {
            await ToolInstalls.WaitAsync();
        }

        ProcessResult result;
        try
        {
            result = await ProcessRunner.RunAsync(spec, BlockTimeout);
        }
        finally
        {
            if (installsTool)
            {
                ToolInstalls.Release();
            }
        }

        if (File.Exists(_cwdFile))
        {
            CurrentDirectory = File.ReadAllText(_cwdFile).Trim();
            File.Delete(_cwdFile);
        }

        var where = $"{Path.GetFileName(page.Path)}({block.Line})";
        Assert.True(
            result.ExitCode == block.ExpectedExitCode,
            result.Describe($"{where}: the block exited with {result.ExitCode}, the page says {block.ExpectedExitCode}:\n{block.Script}\n"));
        var printed = (result.StandardOutput + "\n" + result.StandardError).Split('\n').Select(Collapse).ToArray();
        foreach (var expected in block.ExpectedOutput)
        {
            Assert.True(printed.Any(line => Shows(line, expected)), result.Describe($"{where}: the page shows the output line\n  {expected}\nbut the block did not print it"));
        }

        return result;
    }

    /// <summary>Runs every block of <paramref name="page"/> in order; returns each block's result.</summary>
    public async Task<IReadOnlyList<ProcessResult>> RunAllAsync(DocPage page)
    {
        var results = new List<ProcessResult>();
        foreach (var block in page.Commands)
        {
            results.Add(await RunAsync(page, block));
        }

        return results;
    }

    private static bool Shows(string printedLine, string expectedLine)
    {
        var at = 0;
        foreach (var part in Collapse(expectedLine).Split('…', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var found = printedLine.IndexOf(part, at, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            at = found + part.Length;
        }

        return true;
    }

    private static string Collapse(string text) => Spaces().Replace(text, " ");

    [GeneratedRegex("[ \t]+")]
    private static partial Regex Spaces();
}
