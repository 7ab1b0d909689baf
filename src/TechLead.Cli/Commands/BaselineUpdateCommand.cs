using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Spectre.Console.Cli;
using TechLead.Cli.Baselines;
using TechLead.Cli.Checking;
using TechLead.Cli.Infrastructure;
using TechLead.Rules.Baselines;

namespace TechLead.Cli.Commands;

/// <summary>
/// <c>techlead baseline update</c>: the ratchet. Lowers counts to what remains and drops entries whose
/// violations are gone; never adds an entry or raises a count. With <c>--strict</c> it writes nothing
/// and fails when the baseline is stale (a CI guard: "run techlead baseline update").
/// </summary>
internal sealed class BaselineUpdateCommand(CliEnvironment environment) : AsyncCommand<BaselineUpdateCommand.Settings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var path = BaselineCreateCommand.BaselinePath(settings, environment.WorkingDirectory);
        if (!File.Exists(path))
        {
            throw new BadInputException($"{PathDisplay.Relative(path)} does not exist; create it with 'techlead baseline create'");
        }

        var result = await CheckRunner.RunAsync(settings.ToOptions(environment.WorkingDirectory) with { BaselinePath = path }, machineReadable: false, environment, cancellationToken).ConfigureAwait(false);
        var actual = CheckSession.CountByKey(result.Violations);
        var (kept, changed) = BaselineEdits.Shrink(result.Baseline.Entries, actual);
        var changes = changed.Select(c => c.Dropped ? $"drop {Describe(c.Entry)}: fixed" : $"lower {Describe(c.Entry)}: {c.Entry.Count} -> {c.Remaining}").ToList();

        var known = result.Baseline.Entries.Select(e => e.Key).ToHashSet();
        var unfrozen = result.Violations.Count(v => CheckSession.KeyOf(v) is { } key && !known.Contains(key) && v.Severity >= TechLead.Rules.Model.RuleSeverity.Warning);
        foreach (var change in changes)
        {
            environment.Out.WriteLine(change);
        }

        if (unfrozen > 0)
        {
            environment.Out.WriteLine($"note: {unfrozen} violation(s) are not in the baseline; update never adds them (fix them, or 'baseline create --force')");
        }

        if (settings.Strict)
        {
            environment.Out.WriteLine(changes.Count == 0 ? "baseline is up to date" : $"baseline is stale ({changes.Count} change(s)); run 'techlead baseline update'");
            return changes.Count == 0 ? ExitCodes.Success : ExitCodes.Violations;
        }

        if (changes.Count > 0)
        {
            AtomicFile.WriteAllText(path, BaselineWriter.Write(kept));
        }

        environment.Out.WriteLine($"{PathDisplay.Relative(path)}: {kept.Count} entr{(kept.Count == 1 ? "y" : "ies")}, {changes.Count} change(s)");
        return ExitCodes.Success;
    }

    private static string Describe(BaselineEntry entry) =>
        $"{entry.Adr}/{entry.Rule} '{entry.From}'" + (entry.To.Length > 0 ? $" -> '{entry.To}'" : string.Empty);

    internal sealed class Settings : CheckSettings
    {
        [CommandOption("--strict")]
        [Description("Write nothing; exit 1 when the baseline is stale.")]
        public bool Strict { get; init; }
    }
}
