using System;
using System.ComponentModel;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Spectre.Console.Cli;
using TechLead.Cli.Checking;
using TechLead.Cli.Inferring;
using TechLead.Cli.Infrastructure;

namespace TechLead.Cli.Commands;

/// <summary><c>techlead infer [path] [--out F]</c>: a proposed ADR of the rules that already hold, each with its evidence.</summary>
internal sealed class InferCommand(CliEnvironment environment) : AsyncCommand<InferCommand.Settings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        MsBuildRegistration.EnsureRegistered();
        var request = new InferRequest(environment.WorkingDirectory, settings.Target, settings.Out, settings.AdrDirectory, settings.NoRestore, settings.Verbose, settings.All);
        var result = await CheckRunner.WithProgressAsync(silent: false, environment, progress => Inferrer.RunAsync(request, progress, cancellationToken)).ConfigureAwait(false);
        foreach (var note in result.ReadNotes)
        {
            environment.Out.WriteLine(note);
        }

        if (result.Written.Count == 0)
        {
            WriteAlreadyAccepted(result);
            WriteVerification(result);
            var violated = result.Dropped.Count(d => d.Reason.StartsWith("violated", StringComparison.Ordinal));
            environment.Out.WriteLine(result.AlreadyAccepted.Count > 0 && result.Dropped.Count == 0
                ? "nothing new to propose: accepted ADRs already enforce every rule that holds; no ADR written"
                : $"nothing holds clearly enough to propose ({violated} candidate(s) are violated today, {result.Dropped.Count - violated} hold by construction or are covered); no ADR written");
            return ExitCodes.Success;
        }

        foreach (var adr in result.Written)
        {
            environment.Out.WriteLine($"created {adr.Id} (proposed) with {adr.Proposals.Count} rule(s) that hold today: {PathDisplay.Relative(adr.Path)}");
            foreach (var proposal in adr.Proposals)
            {
                var left = proposal.Exceptions.Count == 0 ? string.Empty : $", {proposal.Exceptions.Count} left out";
                environment.Out.WriteLine($"  {proposal.Kind,-14} {proposal.Id} ({proposal.Holding} types{left})");
            }
        }

        WriteAlreadyAccepted(result);
        WriteVerification(result);
        if (result.Dropped.Count > 0)
        {
            var beyond = result.Beyond;
            var more = beyond > 0 ? $", {beyond} of them beyond the limit of one rule per {InferLimit.TypesPerRule} types (--all proposes them)" : string.Empty;
            environment.Out.WriteLine($"{result.Dropped.Count} candidate(s) not proposed{more}; each is listed in the ADR with the reason");
        }

        environment.Out.WriteLine(result.ImpactCommands.Count == 1
            ? $"next: review it, '{result.ImpactCommands[0]}' to see it flags nothing, then set status: accepted"
            : $"next: review them, {string.Join(" and ", result.ImpactCommands.Select(c => $"'{c}'"))} to see they flag nothing, then set status: accepted");
        return ExitCodes.Success;
    }

    /// <summary>
    /// What the fitness engines could not read, each candidate the engines differ on as documented (the construct named),
    /// and each they disagree on otherwise: TechLead's defect. Neither is proposed as holding (rules/0045).
    /// </summary>
    private void WriteVerification(InferenceResult result)
    {
        foreach (var note in result.VerificationNotes)
        {
            environment.Out.WriteLine(note);
        }

        foreach (var disagreement in result.Disagreements)
        {
            var views = disagreement.Reason.Substring(EngineCrossCheck.DisagreementPrefix.Length);
            environment.Out.WriteLine($"not proposed, the engines disagree on {disagreement.Kind} {disagreement.Id}: {views} (a defect in TechLead; please report it)");
        }

        foreach (var difference in result.DeclaredDifferences)
        {
            var views = difference.Reason.Substring(EngineCrossCheck.DeclaredDifferencePrefix.Length);
            environment.Out.WriteLine($"not proposed, a declared difference between the engines on {difference.Kind} {difference.Id}: {views}");
        }
    }

    private void WriteAlreadyAccepted(InferenceResult result)
    {
        foreach (var accepted in result.AlreadyAccepted)
        {
            environment.Out.WriteLine($"not proposed again: {accepted.Kind} {accepted.Id} is already enforced by accepted {accepted.AcceptedRule}");
        }
    }

    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "[target]")]
        [Description("A .sln, .slnx or .csproj, or a folder that holds exactly one; default: the current folder.")]
        public string? Target { get; init; }

        [CommandOption("--out <FILE>")]
        [Description("Write the ADR to this file (never overwritten); default: the next number in the ADR folder.")]
        public string? Out { get; init; }

        [CommandOption("--adr-dir <DIR>")]
        [Description("The ADR folder; default: the first docs/adr at or above the solution's folder.")]
        public string? AdrDirectory { get; init; }

        [CommandOption("--no-restore")]
        [Description("Do not run 'dotnet restore' on the solution first (it must be restored already).")]
        public bool NoRestore { get; init; }

        [CommandOption("--all")]
        [Description("Propose every rule that holds; default: the highest ranked, at most one per 10 types.")]
        public bool All { get; init; }

        [CommandOption("--verbose")]
        [Description("Also print what MSBuild said while loading the projects.")]
        public bool Verbose { get; init; }
    }
}
