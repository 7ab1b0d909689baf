using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using TechLead.Cli.Infrastructure;

namespace TechLead.Cli.Initializing;

/// <summary>
/// Plans <c>--feed DIR</c>: a package source for the folder the TechLead packages were packed into, in the
/// repository's <c>NuGet.config</c> (created with nuget.org beside it, or extended keeping every other source).
/// When the file maps packages to sources, TechLead.* is mapped to the new one, or restore would not look there.
/// A folder inside the repository is written relative to the file, so teammates and CI restore from their own
/// clone; a folder outside it keeps its full path, with a warning that only this machine has it.
/// </summary>
internal static class NuGetFeed
{
    public const string DefaultFileName = "NuGet.config";

    private const string NuGetOrg = "<add key=\"nuget.org\" value=\"https://api.nuget.org/v3/index.json\" protocolVersion=\"3\" />";

    /// <summary>The folder the outside-repository warning suggests (getting-started.md uses the same one).</summary>
    public const string SuggestedFolder = "tools/techlead-packages";

    // feedArgument is the folder as typed (for messages), feed the same folder resolved against the working folder.
    public static void Plan(string root, string feedArgument, string feed, List<PlannedFile> files, List<string> alreadyDone, List<string> notes, List<string> warnings)
    {
        feed = Path.GetFullPath(feed);
        if (!Directory.Exists(feed))
        {
            throw new BadInputException($"feed folder '{feedArgument}' does not exist; copy the packed TechLead packages into a folder of the repository (mkdir -p {SuggestedFolder} && cp <techlead clone>/artifacts/packages/*.nupkg {SuggestedFolder}/) and run 'techlead init --feed {SuggestedFolder}'");
        }

        var value = SourceValue(root, feed);
        if (Path.IsPathRooted(value))
        {
            warnings.Add($"the feed folder {feed} is outside the repository, so teammates and CI won't have it: copy the packages into the repository (mkdir -p {SuggestedFolder} && cp {Path.Combine(feed, "*.nupkg")} {SuggestedFolder}/), commit them and run 'techlead init --feed {SuggestedFolder}'");
        }

        var path = Directory.EnumerateFiles(root).FirstOrDefault(f => string.Equals(Path.GetFileName(f), DefaultFileName, StringComparison.OrdinalIgnoreCase))
            ?? Path.Combine(root, DefaultFileName);
        if (!File.Exists(path))
        {
            files.Add(new PlannedFile(path, null, NewConfig(Source("techlead", value))));
            return;
        }

        var config = XmlTextFile.Read(path, "configuration");
        var sources = config.Root.Elements().FirstOrDefault(e => e.Name.LocalName == "packageSources");
        var adds = sources?.Elements().Where(e => e.Name.LocalName == "add").ToList() ?? [];
        if (adds.FirstOrDefault(a => SameFolder(root, (string?)a.Attribute("value"), feed)) is { } existing)
        {
            alreadyDone.Add($"{PathDisplay.Relative(path)}:{XmlTextFile.LineOf(existing)} already has the package source {PathDisplay.Relative(feed)}");
            return;
        }

        var keys = adds.Select(a => (string?)a.Attribute("key") ?? string.Empty).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var key = keys.Contains("techlead") ? Enumerable.Range(2, 100).Select(i => "techlead-" + i).First(k => !keys.Contains(k)) : "techlead";
        var text = sources is null
            ? config.InsertAtEndOf(config.Root, "<packageSources>", config.Indent + Source(key, value), "</packageSources>")
            : config.InsertAtEndOf(sources, Source(key, value));

        var mapping = config.Root.Elements().FirstOrDefault(e => e.Name.LocalName == "packageSourceMapping");
        if (mapping is not null)
        {
            // Re-read the edited text: the mapping element moved by the lines just inserted above it.
            var edited = XmlTextFile.FromText(path, text, "configuration");
            var editedMapping = edited.Root.Elements().First(e => e.Name.LocalName == "packageSourceMapping");
            text = edited.InsertAtEndOf(editedMapping, $"<packageSource key=\"{key}\">", edited.Indent + "<package pattern=\"TechLead.*\" />", "</packageSource>");
            notes.Add($"{PathDisplay.Relative(path)} maps packages to sources; TechLead.* now comes from '{key}'");
        }

        files.Add(new PlannedFile(path, config.Text, text));
    }

    /// <summary>The folder as NuGet reads it from this file: relative to the file's folder when inside it, with '/' (valid everywhere).</summary>
    private static string SourceValue(string root, string feed)
    {
        var relative = Path.GetRelativePath(root, feed);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? feed : relative.Replace('\\', '/');
    }

    private static bool SameFolder(string root, string? value, string feed)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Contains("://", StringComparison.Ordinal))
        {
            return false;
        }

        var full = Path.GetFullPath(value.Replace('\\', Path.DirectorySeparatorChar), root);
        return string.Equals(Path.TrimEndingDirectorySeparator(full), Path.TrimEndingDirectorySeparator(feed), StringComparison.Ordinal);
    }

    private static string Source(string key, string value) => new XElement("add", new XAttribute("key", key), new XAttribute("value", value)).ToString();

    private static string NewConfig(string source) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" +
        "<configuration>\n" +
        "  <packageSources>\n" +
        "    " + NuGetOrg + "\n" +
        "    " + source + "\n" +
        "  </packageSources>\n" +
        "</configuration>\n";
}
