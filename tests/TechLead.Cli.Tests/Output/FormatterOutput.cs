using System.IO;
using TechLead.Cli.Checking;
using TechLead.Cli.Infrastructure;
using TechLead.Cli.Output;

namespace TechLead.Cli.Tests.Output;

/// <summary>Renders a result as a formatter would in a run whose working folder is the repository root (the github format is relative to it).</summary>
internal static class FormatterOutput
{
    public static string Render(IResultFormatter formatter, CheckResult? result = null)
    {
        using var paths = PathDisplay.RelativeTo(HandMadeResults.Root);
        using var writer = new StringWriter();
        formatter.Write(result ?? HandMadeResults.Create(), writer);
        return writer.ToString().ReplaceLineEndings("\n");
    }
}
