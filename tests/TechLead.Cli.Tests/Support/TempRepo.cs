using System;
using System.IO;

namespace TechLead.Cli.Tests.Support;

/// <summary>A throwaway repository folder, with a <c>docs/adr</c> folder unless told otherwise; deleted on dispose.</summary>
internal sealed class TempRepo : IDisposable
{
    public TempRepo(bool withAdrFolder = true)
    {
        Root = Path.Combine(Path.GetTempPath(), "techlead-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(withAdrFolder ? AdrDirectory : Root);
    }

    public string Root { get; }

    public string AdrDirectory => Path.Combine(Root, "docs", "adr");

    public string WriteAdr(string fileName, string text)
    {
        var path = Path.Combine(AdrDirectory, fileName);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"));
        return path;
    }

    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Runs techlead in process with this folder as its working folder.</summary>
    public ToolRun Run(params string[] arguments) => TechLeadTool.Run(Root, arguments);

    /// <summary>Runs the built tool as a process in this folder (smoke tests only).</summary>
    public ToolRun RunProcess(params string[] arguments) => TechLeadProcess.Run(Root, arguments);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; a failing Dispose would hide the test's own result.
        }
    }
}
