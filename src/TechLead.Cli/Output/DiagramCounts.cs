using System.IO;
using TechLead.Rules.Diagrams;
using TechLead.Rules.Model;

namespace TechLead.Cli.Output;

/// <summary>
/// A <c>diagram</c> rule as text for <c>adr show</c>: each arrow with the number of type dependencies of the code along
/// it (0: the arrow drifted), then the component pairs the code connects without an arrow (the violations' edges).
/// </summary>
internal static class DiagramCounts
{
    public static void Write(TextWriter output, DiagramRule rule, DiagramUsage? usage)
    {
        var language = rule.Diagram.Language == DiagramLanguage.Mermaid ? "Mermaid" : "PlantUML";

        // A diagram read from a .puml file beside the ADR says which file its line is in.
        var where = rule.Diagram.SourcePath is { } file ? $"{System.IO.Path.GetFileName(file)} line {rule.Diagram.TagSpan.DisplayLine}" : $"line {rule.Diagram.TagSpan.DisplayLine}";
        output.WriteLine(usage is null
            ? $"Diagram '{rule.Diagram.Id}' (rule {rule.Id}, {language}, {where}): {rule.Diagram.Arrows.Count} arrow(s), not counted (not checked)"
            : $"Diagram '{rule.Diagram.Id}' (rule {rule.Id}, {language}, {where}), type dependencies per arrow:");
        var width = 0;
        foreach (var arrow in rule.Diagram.Arrows)
        {
            width = System.Math.Max(width, arrow.ToString().Length);
        }

        foreach (var use in usage?.Arrows(rule) ?? Uncounted(rule))
        {
            output.WriteLine(usage is null ? $"  {use.Arrow}" : $"  {use.Arrow.ToString().PadRight(width)}  {use.Count}{(use.Count == 0 ? "  unused: no code follows this arrow" : string.Empty)}");
        }

        if (usage is null)
        {
            return;
        }

        foreach (var (from, to, count) in usage.Breaking(rule))
        {
            output.WriteLine($"  {(from.Name + " --> " + to.Name).PadRight(width)}  {count}  no arrow: breaks the rule");
        }
    }

    private static System.Collections.Generic.IEnumerable<ArrowUse> Uncounted(DiagramRule rule)
    {
        foreach (var arrow in rule.Diagram.Arrows)
        {
            yield return new ArrowUse(arrow, 0);
        }
    }
}
