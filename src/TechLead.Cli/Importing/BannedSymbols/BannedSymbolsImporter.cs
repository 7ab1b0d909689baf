using System.Collections.Generic;
using System.IO;
using System.Linq;
using TechLead.Rules.Model;
using TechLead.Rules.Writing;

namespace TechLead.Cli.Importing.BannedSymbols;

/// <summary>
/// <c>BannedSymbols.txt</c> / <c>BannedSymbols.*.txt</c> of Microsoft.CodeAnalysis.BannedApiAnalyzers → one ADR per
/// file with one <c>banned-api</c> rule: each ID as the TechLead ID that bans the same symbols
/// (<see cref="BannedSymbolTranslation"/>), its message as the entry's <c>because</c>, limited with <c>in</c> to the
/// projects that read the file.
/// </summary>
internal sealed class BannedSymbolsImporter : IRuleImporter
{
    public string Name => "BannedApiAnalyzers";

    public IReadOnlyList<ImportedDecision> Import(ImportScope scope)
    {
        var decisions = new List<ImportedDecision>();
        foreach (var file in scope.Files.Where(BannedSymbolsFile.IsBannedSymbolsFile))
        {
            if (ImportFile(file, scope) is { } decision)
            {
                decisions.Add(decision);
            }
        }

        return decisions;
    }

    private static ImportedDecision? ImportFile(string file, ImportScope scope)
    {
        var display = scope.Display(file);
        var key = "banned-symbols:" + display;
        var title = "Banned APIs from " + display;
        if (!SourceFile.TryReadLines(file, out var text, out var invalidLines, out var error))
        {
            return new ImportedDecision(key, title, display, Origin(display, null, scope), [], [new NotImportedItem(display, string.Empty, error)]);
        }

        var lines = BannedSymbolsFile.Read(text);
        if (lines.Count == 0 && invalidLines.Count == 0)
        {
            return null;
        }

        var apis = new List<YamlDraftNode>();
        var notImported = new List<NotImportedItem>();

        // A line that is not UTF-8 is reported where it is; the file's other lines are independent entries and still count.
        foreach (var (line, quoted) in invalidLines)
        {
            notImported.Add(new NotImportedItem(display + ":" + line, quoted, $"line {line} is not valid UTF-8 text, so what it bans is unknown: save the file as UTF-8"));
        }

        var firstLineOf = new Dictionary<string, int>(System.StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var location = display + ":" + line.Line;
            if (!BannedSymbolTranslation.TryTranslate(line.Id, out var symbol, out var reason))
            {
                notImported.Add(new NotImportedItem(location, line.Text, reason));
                continue;
            }

            if (firstLineOf.TryGetValue(symbol, out var first))
            {
                notImported.Add(new NotImportedItem(location, line.Text, $"the same ID as line {first}; BannedApiAnalyzers reports it as RS0031 and applies the first"));
                continue;
            }

            firstLineOf[symbol] = line.Line;
            var entry = new List<KeyValuePair<string, YamlDraftNode>> { new("symbol", symbol) };
            if (line.Message is not null)
            {
                entry.Add(new("because", line.Message));
            }

            apis.Add(new YamlDraftMapping(entry));
        }

        var projects = AdditionalFilesScope.ProjectsReading(file, scope);
        var rules = new List<RuleDraft>();
        if (apis.Count > 0)
        {
            // RS0030 is a warning unless the project raises it; the import keeps that default.
            var rule = new RuleDraft(RuleIds.FromText(Path.GetFileNameWithoutExtension(file)), "banned-api") { Severity = Spellings.Severity.NameOf(RuleSeverity.Warning) }
                .With("apis", new YamlDraftSequence(apis));
            if (projects.Count > 0)
            {
                rule.With("in", projects.Count == 1 ? Assembly(projects[0]) : new YamlDraftSequence(projects.Select(Assembly)));
            }

            rules.Add(rule);
        }

        notImported.Sort((a, b) => LineOf(a.Location).CompareTo(LineOf(b.Location)));
        return new ImportedDecision(key, title, display, Origin(display, projects, scope), rules, notImported);
    }

    private static YamlDraftNode Assembly(string name) => new YamlDraftMapping([new("assembly", name)]);

    private static string Origin(string display, IReadOnlyList<string>? projects, ImportScope scope)
    {
        var where = projects switch
        {
            null => string.Empty,
            { Count: 0 } => $" No project file under `{scope.Display(scope.Root)}` adds it as `AdditionalFiles` in a way the import can read, so the bans apply to every project TechLead analyzes; limit them with `in` if BannedApiAnalyzers read the file in fewer projects.",
            _ => $" BannedApiAnalyzers reads it in {string.Join(", ", projects.Select(p => "`" + p + "`"))} (the projects that add it as `AdditionalFiles`), so `in` limits the bans to those assemblies.",
        };
        return $"These bans were kept in `{display}`, the ban list of Microsoft.CodeAnalysis.BannedApiAnalyzers (RS0030).{where} " +
            "Each entry's message is its `because`; RS0030 is a warning, and so is this rule (`severity: warning`). " +
            "A method ID without parameters is written with `()`: BannedApiAnalyzers bans only the overload without parameters with it.";
    }

    private static int LineOf(string location) =>
        int.TryParse(System.MemoryExtensions.AsSpan(location, location.LastIndexOf(':') + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var line) ? line : 0;
}
