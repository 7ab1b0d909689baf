using System.IO;
using TechLead.Cli.Checking;
using TechLead.Cli.Output;

namespace TechLead.Cli.Tests.Output;

/// <summary>Renders a result as a formatter would in the repository root (the github format is relative to the current folder).</summary>
internal static class FormatterOutput
{
    private static readonly object CurrentDirectoryLock = new();

    public static string Render(IResultFormatter formatter, CheckResult? result = null)
    {
        lock (CurrentDirectoryLock)
        {
            var previous = Directory.GetCurrentDirectory();
            Directory.CreateDirectory(HandMadeResults.Root);
            Directory.SetCurrentDirectory(HandMadeResults.Root);
            try
            {
                using var writer = new StringWriter();
                formatter.Write(result ?? HandMadeResults.Create(), writer);
                return writer.ToString().ReplaceLineEndings("\n");
            }
            finally
            {
                Directory.SetCurrentDirectory(previous);
            }
        }
    }
}
