using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace TechLead.Conformance.Differential;

/// <summary>
/// What the differential test needs from one project file under samples/: its sources, its references and whether it
/// is an executable. A deliberately small reading of MSBuild (no evaluation): what it does not understand fails loudly,
/// so a new sample project that needs more makes the test say so instead of compiling something else.
/// </summary>
internal sealed record SampleProject(
    string Name,
    string Directory,
    bool IsWeb,
    IReadOnlyList<string> ProjectReferences,
    IReadOnlyList<string> FrameworkReferences,
    IReadOnlyList<string> OutsideReferences)
{
    private static readonly Regex Property = new(@"\$\((?<name>[A-Za-z_][A-Za-z0-9_]*)\)", RegexOptions.CultureInvariant);
    private static readonly Regex ExistsCondition = new(@"^\s*(?<not>!)?Exists\('(?<path>[^']*)'\)\s*$", RegexOptions.CultureInvariant);

    /// <summary>The full paths of the project's own .cs files (bin/ and obj/ left out), in ordinal order.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <param name="projectPath">The .csproj.</param>
    /// <param name="sampleDirectory">The sample's folder (samples/Shop): project references inside it are the sample's own projects.</param>
    public static SampleProject Read(string projectPath, string sampleDirectory)
    {
        var directory = Path.GetDirectoryName(projectPath)!;
        var project = XDocument.Load(projectPath).Root ?? throw new InvalidDataException($"{projectPath}: no project element");
        var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["MSBuildThisFileDirectory"] = directory + Path.DirectorySeparatorChar,
            ["MSBuildProjectDirectory"] = directory,
        };
        foreach (var property in project.Elements("PropertyGroup").Where(g => g.Attribute("Condition") is null).Elements())
        {
            properties[property.Name.LocalName] = Expand(property.Value, properties);
        }

        var projectReferences = new List<string>();
        var frameworks = new List<string>();
        var outside = new List<string>();
        var compiles = true;
        foreach (var group in project.Elements("ItemGroup").Where(g => Applies(g, properties, projectPath)))
        {
            foreach (var item in group.Elements())
            {
                var include = Expand(item.Attribute("Include")?.Value ?? string.Empty, properties);
                switch (item.Name.LocalName)
                {
                    case "ProjectReference":
                        var referenced = Path.GetFullPath(Path.Combine(directory, include.Replace('\\', '/')));
                        // A project of the sample itself, or one of the TechLead source tree (the architecture tests'
                        // TechLead.Fitness): that one is taken as the assembly the test host already loaded.
                        if (IsUnder(referenced, sampleDirectory))
                        {
                            projectReferences.Add(Path.GetFileNameWithoutExtension(referenced));
                        }
                        else
                        {
                            outside.Add(Path.GetFileNameWithoutExtension(referenced));
                        }

                        break;
                    case "FrameworkReference":
                        frameworks.Add(include);
                        break;
                    case "PackageReference":
                        outside.Add(include);
                        break;
                    case "Compile" when item.Attribute("Remove")?.Value == "**/*.cs":
                        compiles = false;
                        break;
                    default:
                        throw new NotSupportedException($"{projectPath}: the differential test does not read <{item.Name.LocalName}> items; teach SampleProject");
                }
            }
        }

        var sdk = project.Attribute("Sdk")?.Value ?? string.Empty;
        return new SampleProject(Path.GetFileNameWithoutExtension(projectPath), directory, sdk == "Microsoft.NET.Sdk.Web", projectReferences, frameworks, outside)
        {
            Sources = compiles ? SourcesUnder(directory) : [],
        };
    }

    private static bool Applies(XElement group, Dictionary<string, string> properties, string projectPath)
    {
        if (group.Attribute("Condition")?.Value is not { } condition)
        {
            return true;
        }

        var match = ExistsCondition.Match(Expand(condition, properties));
        if (!match.Success)
        {
            throw new NotSupportedException($"{projectPath}: the differential test reads only Exists(...) conditions, not '{condition}'");
        }

        var exists = File.Exists(match.Groups["path"].Value) || System.IO.Directory.Exists(match.Groups["path"].Value);
        return exists != match.Groups["not"].Success;
    }

    private static string Expand(string value, Dictionary<string, string> properties) =>
        Property.Replace(value, m => properties.TryGetValue(m.Groups["name"].Value, out var known) ? known : string.Empty);

    private static bool IsUnder(string path, string folder) =>
        path.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static List<string> SourcesUnder(string directory) =>
        System.IO.Directory.GetFiles(directory, "*.cs", SearchOption.AllDirectories)
            .Where(p => !Path.GetRelativePath(directory, p).Split(Path.DirectorySeparatorChar).Any(s => s is "bin" or "obj"))
            .Order(StringComparer.Ordinal)
            .ToList();
}
