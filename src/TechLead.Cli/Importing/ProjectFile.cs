using System;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace TechLead.Cli.Importing;

/// <summary>What an importer needs from a <c>.csproj</c> without evaluating it: the assembly it builds.</summary>
internal static class ProjectFile
{
    /// <summary>A literal <c>&lt;AssemblyName&gt;</c>, else the file name (MSBuild's default).</summary>
    public static string AssemblyName(string path) => AssemblyName(Load(path), path);

    public static string AssemblyName(XDocument? project, string path)
    {
        var declared = project?.Descendants().FirstOrDefault(e => e.Name.LocalName == "AssemblyName")?.Value.Trim();
        return declared is { Length: > 0 } && !declared.Contains("$(", StringComparison.Ordinal) ? declared : Path.GetFileNameWithoutExtension(path);
    }

    /// <summary>The parsed file, or null when it cannot be read or is not XML.</summary>
    public static XDocument? Load(string path)
    {
        if (!SourceFile.TryRead(path, out var text, out _))
        {
            return null;
        }

        try
        {
            return XDocument.Parse(text);
        }
        catch (XmlException)
        {
            return null;
        }
    }
}
