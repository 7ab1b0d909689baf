using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Spectre.Console.Cli;
using TechLead.Cli.Adrs;
using TechLead.Cli.Checking;
using TechLead.Cli.Infrastructure;
using TechLead.Cli.Output;
using TechLead.Rules;

namespace TechLead.Cli.Commands;

/// <summary>
/// <c>techlead impact ADR-0012</c>: evaluates the ADR as if it were accepted (its text is handed to
/// the analyzer with <c>status: accepted</c>) and counts what it would flag, by rule, project and namespace.
/// Informational: exits 0 whatever it finds.
/// </summary>
internal sealed class ImpactCommand(CliEnvironment environment) : AsyncCommand<ImpactCommand.Settings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var workspace = settings.Locate(environment.WorkingDirectory);
        var adrs = SolutionSettings.LoadAdrs(workspace);
        var document = adrs.Require(settings.Adr);
        var solution = workspace.Solution ?? throw new BadInputException("no solution found in the current folder or beside docs/; pass the solution or project as an argument");
        environment.Out.WriteLine($"{document.Id}: {document.Title} ({AdrNames.Of(document.Status)})");
        if (document.Rules.Count == 0)
        {
            environment.Out.WriteLine("it has no rules: nothing to evaluate");
            return ExitCodes.Success;
        }

        var options = settings.ToOptions(workspace, solution) with { IgnoreBaseline = true, RewriteAdr = f => f.Path == document.Path ? AdrAsAccepted.Of(f, document.Id) : f };
        var result = await CheckRunner.RunAsync(options, machineReadable: false, environment, cancellationToken).ConfigureAwait(false);
        var violations = result.Violations.Where(v => v.Adr == document.Id).ToList();
        environment.Out.WriteLine($"if accepted, its {document.Rules.Count} rule(s) would report {violations.Count} violation(s) today");
        if (violations.Count == 0)
        {
            return ExitCodes.Success;
        }

        environment.Out.WriteLine();
        WriteCounts("RULE", violations.GroupBy(v => v.Rule ?? "?"));
        WriteCounts("PROJECT", violations.GroupBy(v => v.Project ?? "?"));
        WriteCounts("NAMESPACE", violations.GroupBy(v => v.Namespace ?? "?"));
        foreach (var violation in violations)
        {
            TextFormatter.WriteWithLink(violation, environment.Out);
        }

        return ExitCodes.Success;
    }

    private void WriteCounts(string heading, IEnumerable<IGrouping<string, Finding>> groups)
    {
        var rows = groups
            .Select(g => new[] { g.Key, g.Count().ToString(CultureInfo.InvariantCulture) })
            .OrderByDescending(r => int.Parse(r[1], CultureInfo.InvariantCulture))
            .ThenBy(r => r[0], StringComparer.Ordinal)
            .ToList();
        PlainTable.Write(environment.Out, [heading, "VIOLATIONS"], rows, rightAligned: [1]);
        environment.Out.WriteLine();
    }

    internal sealed class Settings : SolutionSettings
    {
        [CommandArgument(0, "<ADR>")]
        [Description("The ADR to evaluate as if accepted, e.g. ADR-0012.")]
        public string Adr { get; init; } = string.Empty;

        [CommandArgument(1, "[target]")]
        [Description("A .sln, .slnx or .csproj, or a folder that holds exactly one; default: the one in the current folder or beside docs/.")]
        public override string? Target { get; init; }
    }
}
