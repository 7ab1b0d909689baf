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
using TechLead.Rules;
using TechLead.Rules.Baselines;
using TechLead.Rules.Model;

namespace TechLead.Cli.Commands;

/// <summary>
/// <c>techlead baseline create</c>: freezes today's violations of enforced rules (warning and error)
/// so only new ones fail. Refuses to replace an existing baseline without <c>--force</c>.
/// </summary>
internal sealed class BaselineCreateCommand(CliEnvironment environment) : AsyncCommand<BaselineCreateCommand.Settings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var path = BaselinePath(settings, environment.WorkingDirectory);
        if (File.Exists(path) && !settings.Force)
        {
            throw new BadInputException($"{PathDisplay.Relative(path)} already exists; 'techlead baseline update' shrinks it, 'baseline create --force' replaces it");
        }

        // The old baseline must not hide anything while the new one is computed.
        var result = await CheckRunner.RunAsync(settings.ToOptions(environment.WorkingDirectory) with { IgnoreBaseline = true }, machineReadable: false, environment, cancellationToken).ConfigureAwait(false);
        var frozen = result.Violations.Where(f => f.Severity is RuleSeverity.Error or RuleSeverity.Warning).ToList();
        var entries = BaselineEdits.Freeze(CheckSession.CountByKey(frozen));
        AtomicFile.WriteAllText(path, BaselineWriter.Write(entries));
        environment.Out.WriteLine($"wrote {PathDisplay.Relative(path)}: {entries.Count} entr{(entries.Count == 1 ? "y" : "ies")} freezing {entries.Sum(e => e.Count)} violation(s)");
        return ExitCodes.Success;
    }

    /// <summary>--baseline, else techlead.baseline.json in the folder that holds docs/ (found from the target, as every command does).</summary>
    internal static string BaselinePath(CheckSettings settings, string workingDirectory) =>
        Workspace.ForSolution(settings.Where(settings.Target, workingDirectory)).BaselinePath;

    internal sealed class Settings : CheckSettings
    {
        [CommandOption("--force")]
        [Description("Replace an existing baseline.")]
        public bool Force { get; init; }
    }
}
