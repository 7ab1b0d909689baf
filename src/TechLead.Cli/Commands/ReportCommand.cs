using System;
using System.ComponentModel;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Spectre.Console.Cli;
using TechLead.Cli.Checking;
using TechLead.Cli.History;
using TechLead.Cli.Infrastructure;
using TechLead.Cli.Report;

namespace TechLead.Cli.Commands;

/// <summary><c>techlead report --out dir</c>: a static site (index.html + index.md) about the decisions and the code.</summary>
internal sealed class ReportCommand(CliEnvironment environment) : AsyncCommand<ReportCommand.Settings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var workspace = settings.Locate(environment.WorkingDirectory);
        var adrs = SolutionSettings.LoadAdrs(workspace);
        var outputDirectory = environment.FullPath(settings.Out);
        CheckResult? result = null;
        string? notChecked = null;
        if (settings.NoCheck)
        {
            notChecked = "--no-check was given";
        }
        else if (workspace.Solution is { } solution)
        {
            result = await CheckRunner.RunAsync(settings.ToOptions(workspace, solution) with { CollectNamespaceGraph = true }, machineReadable: false, environment, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            notChecked = "no solution found (pass the solution or project as an argument)";
        }

        var pages = ReportBuilder.Build(new ReportContext(adrs, result, outputDirectory, notChecked, LoadHistory(settings, adrs), CheckSession.Today()));
        AtomicFile.WriteAll(pages.SelectMany(page => new[]
        {
            (Path.Combine(outputDirectory, page.Name + ".html"), ReportRenderers.Html(page)),
            (Path.Combine(outputDirectory, page.Name + ".md"), ReportRenderers.Markdown(page)),
        }).ToList());
        CopyMermaid(outputDirectory);
        environment.Out.WriteLine($"wrote {PathDisplay.Relative(Path.Combine(outputDirectory, "index.html"))} and index.md, and a page per ADR ({pages.Count - 1})");
        return ExitCodes.Success;
    }

    /// <summary>The history file: explicit (must exist) or the default beside docs/ (optional, empty when absent).</summary>
    private ReportHistory LoadHistory(Settings settings, Adrs.AdrRepository adrs)
    {
        var path = environment.FullPath(settings.History ?? Path.Combine(adrs.RepositoryRoot, HistoryFile.DefaultFileName));
        var display = PathDisplay.ForwardSlashRelative(path, adrs.RepositoryRoot);
        if (!File.Exists(path))
        {
            return settings.History is null
                ? new ReportHistory([], display)
                : throw new BadInputException($"history file '{settings.History}' does not exist; record one with 'techlead check --record FILE'");
        }

        return new ReportHistory(HistoryFile.Read(path, environment.Warn), display);
    }

    private static void CopyMermaid(string outputDirectory)
    {
        using var resource = typeof(ReportCommand).Assembly.GetManifestResourceStream("TechLead.Cli.Report.mermaid.min.js")
            ?? throw new InvalidOperationException("the embedded mermaid script is missing from this build");
        var target = Path.Combine(outputDirectory, ReportRenderers.MermaidScript);
        var temp = target + ".tmp";
        using (var file = File.Create(temp))
        {
            resource.CopyTo(file);
        }

        File.Move(temp, target, overwrite: true);
    }

    internal sealed class Settings : SolutionSettings
    {
        [CommandArgument(0, "[target]")]
        [Description("A .sln, .slnx or .csproj, or a folder that holds exactly one; default: the one in the current folder or beside docs/.")]
        public override string? Target { get; init; }

        [CommandOption("--out <DIR>")]
        [Description("Output folder; default: techlead-report.")]
        [DefaultValue("techlead-report")]
        public string Out { get; init; } = "techlead-report";

        [CommandOption("--history <FILE>")]
        [Description("The history file to draw trends from; default: techlead.history.jsonl in the folder that holds docs/.")]
        public string? History { get; init; }

        [CommandOption("--no-check")]
        [Description("Do not load the solution: no violation counts, no namespace graph.")]
        public bool NoCheck { get; init; }
    }
}
