using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using TechLead.Rules.Writing;

namespace TechLead.Cli.Importing.NsDepCop;

/// <summary>
/// <c>config.nsdepcop</c> (NsDepCop) → one ADR per file: <c>Disallowed</c> entries as <c>forbid</c> rules and the
/// allow-list as <c>allow-only</c> rules, each with NsDepCop's meaning (<see cref="NsDepCopTranslator"/>). A file that
/// is not XML, or not an NsDepCop config, is one "Not imported" item.
/// </summary>
internal sealed class NsDepCopImporter : IRuleImporter
{
    public const string FileName = "config.nsdepcop";

    public string Name => "NsDepCop";

    public IReadOnlyList<ImportedDecision> Import(ImportScope scope)
    {
        var decisions = new List<ImportedDecision>();
        foreach (var file in scope.Files.Where(f => string.Equals(Path.GetFileName(f), FileName, StringComparison.OrdinalIgnoreCase) && !IsOnlyInherited(f, scope)))
        {
            decisions.Add(ImportFile(file, scope));
        }

        return decisions;
    }

    private static ImportedDecision ImportFile(string file, ImportScope scope)
    {
        var display = scope.Display(file);
        var key = "nsdepcop:" + display;
        var title = "Namespace dependencies from " + display;
        var projects = scope.Files.Where(f => f.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase) && Path.GetDirectoryName(f) == Path.GetDirectoryName(file)).ToList();
        var assembly = projects.Count == 1 ? ProjectFile.AssemblyName(projects[0]) : null;
        var origin = Origin(display, assembly, projects.Count);
        if (!SourceFile.TryRead(file, out var text, out var error))
        {
            return new ImportedDecision(key, title, display, origin, [], [new NotImportedItem(display, string.Empty, error)]);
        }

        XDocument document;
        try
        {
            document = XDocument.Parse(text, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            return new ImportedDecision(key, title, display, origin, [], [new NotImportedItem($"{display}:{e.LineNumber}", FirstLine(text, e.LineNumber), "not well-formed XML, so NsDepCop cannot read it either: " + e.Message.ReplaceLineEndings(" "))]);
        }

        var root = document.Root!;
        if (root.Name.LocalName != "NsDepCopConfig")
        {
            return new ImportedDecision(key, title, display, origin, [], [new NotImportedItem($"{display}:{Line(root)}", "<" + root.Name.LocalName + ">", "the root element is not <NsDepCopConfig>")]);
        }

        var inherited = Inherited(file, root, scope, out var problems);
        var declared = projects.Count == 1 ? DeclaredNamespaces.Of(Path.GetDirectoryName(file)!, scope) : ([], false);
        var translation = new NsDepCopTranslator(display, assembly).Translate(root, inherited, declared.Namespaces.Count > 0 ? declared.Namespaces : null, declared.GlobalTypes);
        return new ImportedDecision(key, title, display, origin, translation.Rules, [.. problems, .. translation.NotImported]);
    }

    /// <summary>
    /// The parent configs NsDepCop merges into this one (<c>InheritanceDepth</c> folder levels up, nearest first), read from
    /// disk; a parent with <c>IsEnabled="false"</c> is not inherited. A parent that cannot be read is a problem, not a crash.
    /// </summary>
    private static List<(XElement Root, string Display)> Inherited(string file, XElement root, ImportScope scope, out List<NotImportedItem> problems)
    {
        problems = [];
        var inherited = new List<(XElement Root, string Display)>();
        var depth = int.TryParse((string?)root.Attribute("InheritanceDepth"), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var levels) ? levels : 0;
        var directory = Path.GetDirectoryName(file);
        for (var level = 1; level <= depth && directory is not null; level++)
        {
            directory = Path.GetDirectoryName(directory);
            var parent = directory is null ? null : Path.Combine(directory, FileName);
            if (parent is null || !File.Exists(parent))
            {
                continue;
            }

            var parentDisplay = scope.Display(parent);
            if (!SourceFile.TryRead(parent, out var text, out var error))
            {
                problems.Add(new NotImportedItem(parentDisplay, string.Empty, "an inherited config: " + error));
                continue;
            }

            try
            {
                var parentRoot = XDocument.Parse(text, LoadOptions.SetLineInfo).Root!;
                if (parentRoot.Name.LocalName == "NsDepCopConfig" && !string.Equals((string?)parentRoot.Attribute("IsEnabled"), "false", StringComparison.OrdinalIgnoreCase))
                {
                    inherited.Add((parentRoot, parentDisplay));
                }
            }
            catch (XmlException e)
            {
                problems.Add(new NotImportedItem($"{parentDisplay}:{e.LineNumber}", string.Empty, "an inherited config is not well-formed XML: " + e.Message.ReplaceLineEndings(" ")));
            }
        }

        return inherited;
    }

    /// <summary>A config that a config below it inherits, with no project of its own next to it: its entries are in the inheriting ADRs.</summary>
    private static bool IsOnlyInherited(string file, ImportScope scope)
    {
        var directory = Path.GetDirectoryName(file)!;
        if (scope.Files.Any(f => f.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase) && Path.GetDirectoryName(f) == directory))
        {
            return false;
        }

        foreach (var other in scope.Files.Where(f => f != file && string.Equals(Path.GetFileName(f), FileName, StringComparison.OrdinalIgnoreCase)))
        {
            var depth = 0;
            for (var current = Path.GetDirectoryName(other); current is not null && current.Length > directory.Length; current = Path.GetDirectoryName(current))
            {
                depth++;
            }

            if (other.StartsWith(directory + Path.DirectorySeparatorChar, StringComparison.Ordinal) && InheritanceDepthOf(other) >= depth)
            {
                return true;
            }
        }

        return false;
    }

    private static int InheritanceDepthOf(string file)
    {
        if (!SourceFile.TryRead(file, out var text, out _))
        {
            return 0;
        }

        var match = System.Text.RegularExpressions.Regex.Match(text, "InheritanceDepth\\s*=\\s*\"(?<depth>\\d+)\"", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
        return match.Success && int.TryParse(match.Groups["depth"].Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var depth) ? depth : 0;
    }

    private static string Origin(string display, string? assembly, int projectCount)
    {
        var scope = assembly is not null
            ? $" NsDepCop checks the project next to it, so every `from` is limited to assembly `{assembly}`."
            : projectCount == 0
                ? " No project file sits next to it, so the rules apply to every project TechLead analyzes."
                : $" {projectCount} project files sit next to it; the rules apply to every project TechLead analyzes.";
        return $"These namespace rules were kept in `{display}`, the configuration of NsDepCop.{scope} " +
            "NsDepCop allows a dependency between two namespaces only when an `Allowed` entry matches it and no `Disallowed` entry does; " +
            "a namespace may always use itself. Each `Disallowed` entry is a `forbid` rule; the `Allowed` entries for one `From` are an `allow-only` rule " +
            "whose `also-allow` repeats `from`, because NsDepCop allows nothing by default, not even `System`. NsDepCop reports warnings, and so do these rules.";
    }

    internal static int Line(XObject node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 1;

    private static string FirstLine(string text, int line)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        return line >= 1 && line <= lines.Length ? lines[line - 1].Trim() : string.Empty;
    }
}
