using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using TechLead.Rules;
using TechLead.Rules.Model;

namespace TechLead.EndToEnd.Shop;

/// <summary>
/// The expectations samples/Shop declares about itself: every <c>// violates ADR-xxxx/rule</c> or
/// <c>// proposed ADR-xxxx/rule</c> trailing comment is one diagnostic on that line (samples/README.md). The TL ID comes
/// from the rule's kind through this class's own table, and the severity from the marker and the rule's declared
/// severity, so the analyzer under test is not its own oracle; TechLead.Rules only finds the rule in the ADR files.
/// </summary>
internal static partial class ShopMarkers
{
    private static readonly Dictionary<RuleKind, string> DiagnosticIdByKind = new()
    {
        [RuleKind.Layers] = "TL0001",
        [RuleKind.Forbid] = "TL0002",
        [RuleKind.AllowOnly] = "TL0003",
        [RuleKind.Independent] = "TL0004",
        [RuleKind.Acyclic] = "TL0005",
        [RuleKind.BannedApi] = "TL0101",
        [RuleKind.Naming] = "TL0201",
        [RuleKind.MustInherit] = "TL0202",
        [RuleKind.MustImplement] = "TL0202",
        [RuleKind.MustNotInherit] = "TL0202",
        [RuleKind.MustNotImplement] = "TL0202",
        [RuleKind.Attributes] = "TL0203",
        [RuleKind.Modifiers] = "TL0204",
        [RuleKind.Placement] = "TL0205",
        [RuleKind.Vocabulary] = "TL0206",
    };

    /// <summary>Reads every marker under <paramref name="shopRoot"/> (bin and obj excluded), sorted by file and line.</summary>
    public static IReadOnlyList<ExpectedDiagnostic> Read(string shopRoot)
    {
        var adrDirectory = Path.Combine(shopRoot, "docs", "adr");
        var adrs = AdrSet.Load(Directory.EnumerateFiles(adrDirectory, "*.md").Select(path => new AdrSourceFile(path, File.ReadAllText(path))));
        var expected = new List<ExpectedDiagnostic>();
        foreach (var path in Directory.EnumerateFiles(shopRoot, "*.cs", SearchOption.AllDirectories).Where(p => !IsBuildOutput(shopRoot, p)))
        {
            var lines = File.ReadAllLines(path);
            for (var index = 0; index < lines.Length; index++)
            {
                if (MarkerPattern().Match(lines[index]) is { Success: true } marker)
                {
                    expected.Add(Expect(adrs, RelativePath(shopRoot, path), index + 1, marker));
                }
            }
        }

        return expected.OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line).ToList();
    }

    public static string RelativePath(string shopRoot, string path) => Path.GetRelativePath(shopRoot, path).Replace('\\', '/');

    private static ExpectedDiagnostic Expect(AdrSet adrs, string file, int line, Match marker)
    {
        var adrId = marker.Groups["adr"].Value;
        var ruleId = marker.Groups["rule"].Value;
        var document = adrs.FindById(adrId) ?? throw new InvalidOperationException($"{file}({line}) marks {adrId}, which no ADR declares.");
        var rule = document.Rules.SingleOrDefault(r => r.Id == ruleId)
            ?? throw new InvalidOperationException($"{file}({line}) marks {adrId}/{ruleId}, which {adrId} does not declare.");
        var proposed = marker.Groups["status"].Value == "proposed";
        var expectedStatus = proposed ? AdrStatus.Proposed : AdrStatus.Accepted;
        if (document.Status != expectedStatus)
        {
            throw new InvalidOperationException($"{file}({line}) marks {adrId} as {marker.Groups["status"].Value}, but its status is {document.Status}.");
        }

        var severity = proposed ? BuildSeverity.Info : rule.DeclaredSeverity switch
        {
            null or RuleSeverity.Error => BuildSeverity.Error,
            RuleSeverity.Warning => BuildSeverity.Warning,
            _ => BuildSeverity.Info,
        };
        return new ExpectedDiagnostic(file, line, adrId, ruleId, DiagnosticIdByKind[rule.Kind], severity, Path.GetFileName(document.Path));
    }

    private static bool IsBuildOutput(string shopRoot, string path) =>
        RelativePath(shopRoot, path).Split('/').Any(segment => segment is "bin" or "obj");

    [GeneratedRegex(@"// (?<status>violates|proposed) (?<adr>ADR-[0-9]{4})/(?<rule>[a-z0-9-]+)\s*$")]
    private static partial Regex MarkerPattern();
}
