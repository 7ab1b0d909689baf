using System;
using System.ComponentModel;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Spectre.Console.Cli;
using TechLead.Cli.Adrs;
using TechLead.Cli.Baselines;
using TechLead.Cli.Checking;
using TechLead.Cli.Infrastructure;
using TechLead.Cli.Output;
using TechLead.Rules.Model;

namespace TechLead.Cli.Commands;

/// <summary><c>techlead adr show ADR-0007</c>: the decision, its rules, current violations and baseline entries.</summary>
internal sealed class AdrShowCommand(CliEnvironment environment) : AsyncCommand<AdrShowCommand.Settings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var workspace = settings.Locate(environment.WorkingDirectory);
        var adrs = SolutionSettings.LoadAdrs(workspace);
        var document = adrs.Require(settings.Adr);
        var output = environment.Out;
        WriteHeader(output, document);
        output.WriteLine();
        output.WriteLine("Decision:");
        output.WriteLine(Indent(MarkdownSections.Find(adrs.TextOf(document), "Decision Outcome") ?? "(no 'Decision Outcome' section)"));
        output.WriteLine();
        output.WriteLine($"Rules ({document.Rules.Count}):");
        foreach (var rule in document.Rules)
        {
            output.WriteLine($"  {rule.Id}  {RuleKinds.GetName(rule.Kind)}  {AdrNames.Of(rule.EffectiveSeverity)}  {rule.DiagnosticId}  {rule.Reason}");
        }

        if (document.Rules.Count == 0)
        {
            output.WriteLine(document.IsUnenforced ? "  none: this accepted decision is unenforced" : "  none");
        }

        output.WriteLine();
        var result = await WriteViolationsAsync(settings, workspace, document, cancellationToken).ConfigureAwait(false);
        output.WriteLine();
        foreach (var diagram in document.Rules.OfType<DiagramRule>())
        {
            DiagramCounts.Write(output, diagram, result?.Diagrams);
            output.WriteLine();
        }

        WriteBaseline(settings, workspace, document);
        return ExitCodes.Success;
    }

    private static void WriteHeader(TextWriter output, AdrDocument document)
    {
        var front = document.FrontMatter;
        output.WriteLine($"{document.Id}: {document.Title}");
        output.WriteLine($"  status: {AdrNames.Of(document.Status)}" + (front.Date is null ? string.Empty : $"   date: {front.Date}") + (front.Category == AdrCategory.Unspecified ? string.Empty : $"   category: {AdrNames.Of(front.Category)}"));
        WriteList(output, "decision-makers", front.DecisionMakers);
        WriteList(output, "owners", front.Owners);
        WriteList(output, "supersedes", front.Supersedes);
        if (front.SupersededBy is { } by)
        {
            output.WriteLine($"  superseded-by: {by}");
        }

        output.WriteLine($"  file: {PathDisplay.Relative(document.Path)}");
    }

    private async Task<CheckResult?> WriteViolationsAsync(Settings settings, Workspace workspace, AdrDocument document, CancellationToken cancellationToken)
    {
        if (settings.NoCheck)
        {
            environment.Out.WriteLine("Violations: not checked (--no-check)");
            return null;
        }

        if (workspace.Solution is not { } solution)
        {
            environment.Out.WriteLine("Violations: not checked (no solution found; pass the solution or project as an argument)");
            return null;
        }

        var result = await CheckRunner.RunAsync(settings.ToOptions(workspace, solution), machineReadable: false, environment, cancellationToken).ConfigureAwait(false);
        var violations = result.Violations.Where(v => v.Adr == document.Id).ToList();
        var shown = violations.Where(v => !v.Baselined).ToList();
        environment.Out.WriteLine($"Violations ({shown.Count}, {violations.Count - shown.Count} baselined) in {PathDisplay.Relative(solution)}:");
        foreach (var violation in shown)
        {
            environment.Out.WriteLine(TextFormatter.Line(violation));
        }

        return result;
    }

    private void WriteBaseline(Settings settings, Workspace workspace, AdrDocument document)
    {
        var (baseline, exists, path) = CheckSession.LoadBaseline(settings.ToOptions(workspace.Solution, environment.WorkingDirectory), workspace);
        var entries = baseline.Entries.Where(e => e.Adr == document.Id).ToList();
        environment.Out.WriteLine(exists ? $"Baseline entries ({entries.Count}) in {PathDisplay.Relative(path)}:" : "Baseline entries: none (no baseline file)");
        foreach (var entry in entries)
        {
            var to = entry.To.Length > 0 ? $" -> '{entry.To}'" : string.Empty;
            var extra = string.Join(", ", new[] { entry.Reason, entry.Owner is null ? null : "owner " + entry.Owner, entry.Expires is null ? null : "expires " + entry.Expires }.Where(s => s is not null));
            environment.Out.WriteLine($"  {entry.Rule} '{entry.From}'{to} (count {entry.Count}{(extra.Length > 0 ? ", " + extra : string.Empty)})");
        }
    }

    private static void WriteList(TextWriter output, string name, System.Collections.Generic.IReadOnlyList<string> values)
    {
        if (values.Count > 0)
        {
            output.WriteLine($"  {name}: {string.Join(", ", values)}");
        }
    }

    private static string Indent(string text) => string.Join("\n", text.Split('\n').Select(l => "  " + l));

    internal sealed class Settings : SolutionSettings
    {
        [CommandArgument(0, "<ADR>")]
        [Description("The ADR id, e.g. ADR-0007.")]
        public string Adr { get; init; } = string.Empty;

        [CommandArgument(1, "[target]")]
        [Description("A .sln, .slnx or .csproj, or a folder that holds exactly one; default: the one in the current folder or beside docs/.")]
        public override string? Target { get; init; }

        [CommandOption("--no-check")]
        [Description("Do not load the solution; skip current violations.")]
        public bool NoCheck { get; init; }
    }
}
