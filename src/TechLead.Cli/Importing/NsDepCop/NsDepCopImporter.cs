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
        foreach (var file in scope.Files.Where(f => string.Equals(Path.GetFileName(f), FileName, StringComparison.OrdinalIgnoreCase)))
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

        var translation = new NsDepCopTranslator(display, assembly).Translate(root);
        return new ImportedDecision(key, title, display, origin, translation.Rules, translation.NotImported);
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
