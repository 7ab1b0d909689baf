using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace TechLead.EndToEnd.Shop;

/// <summary>Turns what a build reported into the comparable keys of <see cref="ExpectedDiagnostic"/>, checking the shape on the way.</summary>
internal static partial class ShopExpectations
{
    /// <summary><c>file(line) TLxxxx ADR/rule Severity</c> for each expected diagnostic, sorted.</summary>
    public static List<string> Keys(IEnumerable<ExpectedDiagnostic> expected) =>
        expected.Select(e => $"{e.Key} {e.Severity}").Order(StringComparer.Ordinal).ToList();

    public static List<string> Keys(ShopCopy shop, IEnumerable<BuildDiagnostic> reported) =>
        reported.Select(d => $"{KeyOf(shop.RelativePath(d.Path), d.Line, d.Id, d.Message)} {d.Severity}").Order(StringComparer.Ordinal).ToList();

    public static List<string> Keys(ShopCopy shop, IEnumerable<SarifResult> reported) =>
        reported.Select(r => $"{KeyOf(shop.RelativePath(r.FilePath), r.StartLine, r.RuleId, r.Message)} {r.Level}").Order(StringComparer.Ordinal).ToList();

    /// <summary>The help link a rule's diagnostics carry when no base URL is set: the ADR file's URI plus the rule id.</summary>
    public static string FileHelpLink(ShopCopy shop, string adrFile, string ruleId) =>
        new Uri(shop.FullPath("docs/adr/" + adrFile)).AbsoluteUri + "#" + ruleId;

    /// <summary>The <c>(ADR, rule)</c> a message names; fails when the message is not in the contract's shape.</summary>
    public static (string Adr, string Rule) AdrAndRule(string message)
    {
        var match = MessagePattern().Match(message);
        Assert.True(match.Success, $"Not '[ADR-xxxx] ... (rule id: why)': {message}");
        return (match.Groups["adr"].Value, match.Groups["rule"].Value);
    }

    /// <summary>A diagnostic sits on a name: its column starts an identifier in the source line.</summary>
    public static void AssertStartsIdentifier(string path, int line, int column)
    {
        var text = File.ReadAllLines(path)[line - 1];
        var index = column - 1;
        var startsName = index < text.Length && (char.IsLetter(text[index]) || text[index] == '_')
            && (index == 0 || !(char.IsLetterOrDigit(text[index - 1]) || text[index - 1] == '_'));
        Assert.True(startsName, $"{path}({line},{column}) does not start an identifier: '{text}'");
    }

    private static string KeyOf(string file, int line, string id, string message)
    {
        var (adr, rule) = AdrAndRule(message);
        return ExpectedDiagnostic.KeyOf(file, line, id, adr, rule);
    }

    [GeneratedRegex(@"^\[(?<adr>ADR-[0-9]{4})\] .+ \(rule (?<rule>[a-z0-9-]+): .+\)$")]
    private static partial Regex MessagePattern();
}
